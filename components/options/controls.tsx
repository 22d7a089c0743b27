/** Small accessible form controls shared by the options sections. */
import { Fragment, type ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  value: T;
  label: ComponentChildren;
  hint?: ComponentChildren;
  lang?: string;
}

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: ComponentChildren;
  description?: ComponentChildren;
  value: T;
  choices: Choice<T>[];
  onChange(value: T): void;
  children?: ComponentChildren;
}) {
  const descId = props.description ? `${props.name}-desc` : undefined;
  return (
    <fieldset class="group" aria-describedby={descId}>
      <legend>{props.legend}</legend>
      {props.description && (
        <p class="hint" id={descId}>
          {props.description}
        </p>
      )}
      <div class="choices">
        {props.choices.map((c) => {
          const id = `${props.name}-${c.value}`;
          return (
            <label class="choice" key={c.value} for={id}>
              <input
                type="radio"
                id={id}
                name={props.name}
                value={c.value}
                checked={props.value === c.value}
                onChange={() => props.onChange(c.value)}
              />
              <span class="choice-text">
                <span class="choice-label" lang={c.lang}>
                  {c.label}
                </span>
                {c.hint && <span class="choice-hint">{c.hint}</span>}
              </span>
            </label>
          );
        })}
      </div>
      {props.children}
    </fieldset>
  );
}

export function Section(props: {
  id: string;
  title: ComponentChildren;
  intro?: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.intro && <p class="intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

/** Renders "Alt+Shift+D" as keycaps. */
export function Keys(props: { shortcut: string }) {
  const parts = props.shortcut.split('+').filter(Boolean);
  return (
    <span class="keys">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <span aria-hidden="true">+</span>}
          <kbd>{p}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
