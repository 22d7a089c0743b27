import { render } from 'preact';

function Welcome() {
  return <h1>Val Duchesse Lookup</h1>;
}

const app = document.getElementById('app');
if (app) render(<Welcome />, app);
