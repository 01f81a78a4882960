/**
 * Objects as a responsive grid (one column on a phone, two or more on wider screens); the root object is
 * split into the titled sections of the record's layout.
 */
import { getUiOptions, type ObjectFieldTemplatePropertyType, type ObjectFieldTemplateProps } from '@rjsf/utils';

interface Section {
  title: string;
  fields: string[];
}

function isWide(element: ObjectFieldTemplatePropertyType): boolean {
  const props = element.content.props as { schema?: { type?: string; maxLength?: number }; uiSchema?: Record<string, unknown> };
  const type = props.schema?.type;
  const ui = props.uiSchema ?? {};
  return type === 'object' || type === 'array' || ui['ui:widget'] === 'o75Text' || ui['ui:field'] === 'o75People' || ui['ui:field'] === 'o75Table';
}

function Grid({ items }: { items: ObjectFieldTemplatePropertyType[] }) {
  return (
    <div className="o75-grid">
      {items
        .filter((e) => !e.hidden)
        .map((e) => (
          <div key={e.name} className={isWide(e) ? 'o75-cell o75-wide' : 'o75-cell'}>
            {e.content}
          </div>
        ))}
    </div>
  );
}

export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const options = getUiOptions(props.uiSchema);
  const sections = options.sections as Section[] | undefined;
  if (sections) {
    const placed = new Set(sections.flatMap((s) => s.fields));
    const rest = props.properties.filter((p) => !placed.has(p.name));
    return (
      <div className="o75-sections" id={props.fieldPathId.$id}>
        {sections.map((s) => (
          <section key={s.title} className="o75-section" aria-label={s.title}>
            <h3 className="o75-section-title">{s.title}</h3>
            <Grid items={s.fields.map((f) => props.properties.find((p) => p.name === f)).filter((p): p is ObjectFieldTemplatePropertyType => !!p)} />
          </section>
        ))}
        {rest.length > 0 ? <Grid items={rest} /> : null}
      </div>
    );
  }
  return (
    <fieldset className="o75-object" id={props.fieldPathId.$id}>
      {props.title ? <legend className="o75-object-title">{props.title}{props.required ? <span className="o75-required" aria-hidden="true">*</span> : null}</legend> : null}
      <Grid items={props.properties} />
    </fieldset>
  );
}
