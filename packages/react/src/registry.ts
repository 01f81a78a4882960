/** The custom fields and widgets every Order 75 form registers with rjsf (referenced by name from the uiSchemas). */
import type { RegistryFieldsType, RegistryWidgetsType } from '@rjsf/utils';
import { AttachmentField, AttachmentsField } from './fields/attachmentFields';
import { PeopleField, PersonField } from './fields/personFields';
import { SourcesField } from './fields/SourcesField';
import { TableField } from './fields/TableField';
import { DateTimeWidget, DateWidget, MonthWidget, TextWidget } from './widgets/nativeInputs';

export const FIELDS: RegistryFieldsType = {
  o75Person: PersonField as never,
  o75People: PeopleField as never,
  o75Attachments: AttachmentsField as never,
  o75Attachment: AttachmentField as never,
  o75Sources: SourcesField as never,
  o75Table: TableField as never,
};

export const WIDGETS: RegistryWidgetsType = {
  o75Date: DateWidget,
  o75DateTime: DateTimeWidget,
  o75Month: MonthWidget,
  o75Text: TextWidget,
};
