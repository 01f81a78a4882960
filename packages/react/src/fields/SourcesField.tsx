/** `sourceRecordIds` of a drafted hazard, shown as the daily checks it came from (date · site · inspector). */
import type { FieldProps } from '@rjsf/utils';
import { useServices } from '../context';
import { text } from '../i18n/strings';
import { describeSource } from './describeSource';
import { FieldShell } from './FieldShell';

/** Read-only list of the records a drafted item came from. */
export function SourcesField(props: FieldProps<string[]>) {
  const { sources, locale } = useServices();
  const id = props.fieldPathId.$id;
  const ids = props.formData ?? [];
  return (
    <FieldShell id={id} label={props.schema.title ?? text(locale, 'sourceRecords')} errors={[]}>
      <ul className="o75-sources" data-testid="o75-sources">
        {ids.map((rid) => (
          <li key={rid} className="o75-source" title={rid}>
            {describeSource(sources?.find((r) => r.id === rid), rid, locale)}
          </li>
        ))}
      </ul>
    </FieldShell>
  );
}
