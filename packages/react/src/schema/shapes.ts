/** Recognises the shared shapes of the Order 75 schemas (person reference, attachment, long text) by structure. */
type Node = Record<string, unknown>;

function props(node: Node | undefined): Node | undefined {
  return node && node.type === 'object' && node.properties && typeof node.properties === 'object' ? (node.properties as Node) : undefined;
}

/** `{ personId, name }` (common/person-ref). */
export function isPersonRef(node: Node | undefined): boolean {
  const p = props(node);
  return !!p && Object.keys(p).length === 2 && 'personId' in p && 'name' in p;
}

/** An array of person references. */
export function isPeopleList(node: Node | undefined): boolean {
  return node?.type === 'array' && isPersonRef(node.items as Node);
}

/** `{ hash, mediaType, … }` (common/attachment). */
export function isAttachment(node: Node | undefined): boolean {
  const p = props(node);
  return !!p && 'hash' in p && 'mediaType' in p;
}

/** An array of attachments. */
export function isAttachmentList(node: Node | undefined): boolean {
  return node?.type === 'array' && isAttachment(node.items as Node);
}

/** Free text long enough for a text area (common/period `text`). */
export function isLongText(node: Node | undefined): boolean {
  return node?.type === 'string' && typeof node.maxLength === 'number' && node.maxLength > 200;
}

/** An array whose items are enum values (a set of choices). */
export function isEnumSet(node: Node | undefined): boolean {
  return node?.type === 'array' && Array.isArray((node.items as Node | undefined)?.enum);
}
