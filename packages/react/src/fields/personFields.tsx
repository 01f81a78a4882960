/** rjsf fields for person references: one person (`o75Person`) and a list of people (`o75People`). */
import type { PersonRef } from '@order75/schemas';
import { getUiOptions, type FieldProps } from '@rjsf/utils';
import { Input, Select } from 'antd';
import { useServices } from '../context';
import { text } from '../i18n/strings';
import { collectErrors, FieldShell } from './FieldShell';
import { PersonPicker } from './PersonPicker';

function labelOf(props: FieldProps): string {
  return (getUiOptions(props.uiSchema).title as string | undefined) ?? (props.schema.title as string | undefined) ?? props.name;
}

/** A person reference picked from `people`. */
export function PersonField(props: FieldProps<PersonRef>) {
  const id = props.fieldPathId.$id;
  const errors = collectErrors(props.errorSchema);
  return (
    <FieldShell id={id} label={labelOf(props)} required={props.required} help={props.uiSchema?.['ui:help'] as string | undefined} errors={errors} htmlFor={id}>
      <PersonPicker
        id={id}
        value={props.formData?.personId ? props.formData : undefined}
        onChange={(v) => props.onChange(v, props.fieldPathId.path)}
        disabled={props.disabled || props.readonly}
        invalid={errors.length > 0}
        describedBy={errors.length ? `${id}__error` : undefined}
      />
    </FieldShell>
  );
}

/** A list of people, chosen with a multiple select (or typed as `id 姓名` lines when no `people` are supplied). */
export function PeopleField(props: FieldProps<PersonRef[]>) {
  const { people, locale } = useServices();
  const id = props.fieldPathId.$id;
  const errors = collectErrors(props.errorSchema);
  const value = props.formData ?? [];
  const set = (next: PersonRef[]) => props.onChange(next.length ? next : undefined, props.fieldPathId.path);
  const control =
    people.length === 0 ? (
      <Input.TextArea
        id={id}
        autoSize={{ minRows: 2 }}
        placeholder={`${text(locale, 'personId')} ${text(locale, 'personName')}`}
        value={value.map((p) => `${p.personId} ${p.name}`).join('\n')}
        onChange={(e) =>
          set(
            e.target.value
              .split('\n')
              .map((line) => line.trim().split(/\s+/))
              .filter((parts) => parts[0])
              .map(([personId = '', ...name]) => ({ personId, name: name.join(' ') })),
          )
        }
      />
    ) : (
      <Select
        id={id}
        mode="multiple"
        className="o75-select"
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={text(locale, 'choosePerson')}
        disabled={props.disabled || props.readonly}
        status={errors.length ? 'error' : undefined}
        value={value.map((p) => p.personId)}
        options={[
          ...people.map((p) => ({ value: p.personId, label: p.name })),
          ...value.filter((v) => !people.some((p) => p.personId === v.personId)).map((v) => ({ value: v.personId, label: v.name })),
        ]}
        onChange={(ids: string[]) =>
          set(ids.map((pid) => {
            const known = people.find((p) => p.personId === pid) ?? value.find((p) => p.personId === pid);
            return { personId: pid, name: known?.name ?? pid };
          }))
        }
      />
    );
  return (
    <FieldShell id={id} label={labelOf(props)} required={props.required} help={props.uiSchema?.['ui:help'] as string | undefined} errors={errors} htmlFor={id}>
      {control}
    </FieldShell>
  );
}
