import { render } from 'preact';

function Popup() {
  return (
    <main>
      <input type="search" aria-label="Rechercher dans les déclarations" autoFocus />
      <div role="listbox" aria-label="Résultats" />
    </main>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
