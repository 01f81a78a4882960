/**
 * Date, date-time, month and long-text widgets on native inputs: the phone's own pickers, keyboard entry
 * everywhere, and values exactly as the schemas write them (a date-time gets the device's UTC offset).
 */
import { ariaDescribedByIds, type WidgetProps } from '@rjsf/utils';
import { Input } from 'antd';
import type { ChangeEvent } from 'react';
import { inputToInstant, instantToInput } from '../time';

function common(props: WidgetProps) {
  const { id, disabled, readonly, required, rawErrors, onBlur, onFocus } = props;
  return {
    id,
    name: props.htmlName || id,
    disabled: disabled || readonly,
    required,
    'aria-describedby': ariaDescribedByIds(id),
    'aria-invalid': rawErrors && rawErrors.length > 0 ? true : undefined,
    onBlur: (e: { target: { value: string } }) => onBlur(id, e.target.value),
    onFocus: (e: { target: { value: string } }) => onFocus(id, e.target.value),
  };
}

/** `format: date` → `<input type="date">`. */
export function DateWidget(props: WidgetProps) {
  return (
    <Input
      {...common(props)}
      type="date"
      value={props.value ?? ''}
      onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(e.target.value || undefined)}
    />
  );
}

/** `format: date-time` → `<input type="datetime-local">`, stored as RFC 3339 with the device's offset. */
export function DateTimeWidget(props: WidgetProps) {
  return (
    <Input
      {...common(props)}
      type="datetime-local"
      value={instantToInput(props.value)}
      onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(inputToInstant(e.target.value))}
    />
  );
}

/** A `YYYY-MM` month → `<input type="month">`. */
export function MonthWidget(props: WidgetProps) {
  return (
    <Input
      {...common(props)}
      type="month"
      value={props.value ?? ''}
      onChange={(e: ChangeEvent<HTMLInputElement>) => props.onChange(e.target.value || undefined)}
    />
  );
}

/** Long text → an auto-growing text area. */
export function TextWidget(props: WidgetProps) {
  return (
    <Input.TextArea
      {...common(props)}
      autoSize={{ minRows: 2, maxRows: 10 }}
      maxLength={typeof props.schema.maxLength === 'number' ? props.schema.maxLength : undefined}
      value={props.value ?? ''}
      onChange={(e: ChangeEvent<HTMLTextAreaElement>) => props.onChange(e.target.value === '' ? undefined : e.target.value)}
    />
  );
}
