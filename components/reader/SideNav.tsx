import type { ComponentChildren } from 'preact';

/** A list in the reader's side column (contents, timeline): a nav named by its own heading. */
export function SideNav(props: { name: string; title: string; children: ComponentChildren }) {
  return (
    <nav class={props.name} aria-labelledby={`${props.name}-title`}>
      <h2 id={`${props.name}-title`} class="side-title">
        {props.title}
      </h2>
      <ol>{props.children}</ol>
    </nav>
  );
}
