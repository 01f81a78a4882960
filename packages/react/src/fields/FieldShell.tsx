/** Label, help and errors around a custom field, with the ids rjsf's widgets use (`<id>__error`, `<id>__help`). */
import type { ReactNode } from 'react';

/** Every error message in an error schema subtree. */
export function collectErrors(schema: object | undefined): string[] {
  if (!schema) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(schema as Record<string, unknown>)) {
    if (key === '__errors' && Array.isArray(value)) out.push(...(value as string[]));
    else if (value && typeof value === "object") out.push(...collectErrors(value as object));
  }
  return out;
}

export interface FieldShellProps {
  id: string;
  label?: string;
  required?: boolean;
  help?: string;
  errors: string[];
  /** `label` targets this control id; a group (`fieldset`) when absent. */
  htmlFor?: string;
  children: ReactNode;
}

/** The frame of a custom field: a label (or legend), the control, help and errors. */
export function FieldShell({ id, label, required, help, errors, htmlFor, children }: FieldShellProps) {
  const mark = required ? <span className="o75-required" aria-hidden="true">*</span> : null;
  const body = (
    <>
      {children}
      {help ? <div id={`${id}__help`} className="o75-help">{help}</div> : null}
      {errors.length > 0 ? (
        <div id={`${id}__error`} className="o75-error" role="alert">
          {errors.map((e) => <div key={e}>{e}</div>)}
        </div>
      ) : null}
    </>
  );
  if (htmlFor) {
    return (
      <div className={`o75-field${errors.length ? ' o75-field-invalid' : ''}`}>
        {label ? <label htmlFor={htmlFor} className="o75-label">{mark}{label}</label> : null}
        {body}
      </div>
    );
  }
  return (
    <fieldset id={id} className={`o75-field o75-group${errors.length ? ' o75-field-invalid' : ''}`}>
      {label ? <legend className="o75-label">{mark}{label}</legend> : null}
      {body}
    </fieldset>
  );
}
