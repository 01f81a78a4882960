/** Picks a person from the `people` the host supplies (searchable), or takes an id and name typed in when it supplies none. */
import type { PersonRef, Role } from '@order75/schemas';
import { Input, Select } from 'antd';
import { useMemo } from 'react';
import { useServices } from '../context';
import { text } from '../i18n/strings';

export interface PersonPickerProps {
  id: string;
  value: PersonRef | undefined;
  onChange: (value: PersonRef | undefined) => void;
  /** Only people holding one of these roles (all people when absent). */
  roles?: readonly Role[];
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string;
}

export function PersonPicker({ id, value, onChange, roles, disabled, invalid, describedBy }: PersonPickerProps) {
  const { people, locale } = useServices();
  const options = useMemo(
    () =>
      people
        .filter((p) => !roles || !p.roles || p.roles.some((r) => roles.includes(r)))
        .map((p) => ({ value: p.personId, label: `${p.name}（${p.personId}）` })),
    [people, roles],
  );
  if (people.length === 0) {
    return (
      <div className="o75-person-manual">
        <Input
          id={id}
          aria-label={text(locale, 'personId')}
          placeholder={text(locale, 'personId')}
          disabled={disabled}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          value={value?.personId ?? ''}
          onChange={(e) => onChange(e.target.value || value?.name ? { personId: e.target.value, name: value?.name ?? '' } : undefined)}
        />
        <Input
          id={`${id}_name`}
          aria-label={text(locale, 'personName')}
          placeholder={text(locale, 'personName')}
          disabled={disabled}
          value={value?.name ?? ''}
          onChange={(e) => onChange(e.target.value || value?.personId ? { personId: value?.personId ?? '', name: e.target.value } : undefined)}
        />
      </div>
    );
  }
  if (value && !options.some((o) => o.value === value.personId)) options.push({ value: value.personId, label: `${value.name}（${value.personId}）` });
  return (
    <Select
      id={id}
      className="o75-select"
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      placeholder={text(locale, 'choosePerson')}
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      aria-describedby={describedBy}
      value={value?.personId}
      options={options}
      onChange={(personId: string | undefined) => {
        const person = people.find((p) => p.personId === personId);
        onChange(person ? { personId: person.personId, name: person.name } : undefined);
      }}
    />
  );
}
