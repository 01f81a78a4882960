/**
 * `<RecordForm recordType=… />`: the form of any Order 75 record on rjsf 6 with the antd theme. rjsf renders
 * the record's own fields; large lists (daily-check items, risk-list rows) use the fast tables; signatures,
 * drafts, the error summary and submission are the form's. Submission is blocked by structural issues and by
 * the engine's record-level rules, with the engine's bilingual messages.
 */
import { contentHash, newRecordId, sha256Hasher, type Hasher, type Locale, type RecordIssueContext } from '@order75/core';
import { currentVersions, type RecordOf, type RecordType, type Role, type Signature } from '@order75/schemas';
import { withTheme } from '@rjsf/core';
import { Theme } from '@rjsf/antd';
import type { RJSFSchema } from '@rjsf/utils';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ServicesContext, type FormServices, type Person, type UploadFn } from '../context';
import { defaultDraftStorage, draftKeyFor, type DraftSnapshot, type DraftStorage } from '../drafts/draftStorage';
import { useAutosave } from '../drafts/useAutosave';
import { FIELDS, WIDGETS } from '../registry';
import { TableSlot } from '../fields/TableField';
import { rjsfTranslator } from '../i18n/rjsfStrings';
import { text } from '../i18n/strings';
import { LAYOUTS } from '../layout/layouts';
import { uiSchemaFor } from '../layout/uiSchemaFor';
import { order75Validator } from '../schema/rjsfValidator';
import { renderSchema } from '../schema/renderSchema';
import { SignaturePanel } from '../signatures/SignaturePanel';
import type { Signer } from '../signatures/signer';
import { signatureSlots } from '../signatures/slots';
import { FORM_CSS } from '../styles';
import { DailyItemsTable } from '../table/DailyItemsTable';
import { RiskRowsTable } from '../table/RiskRowsTable';
import { createRowStore } from '../table/rowStore';
import { ObjectFieldTemplate } from '../templates/ObjectFieldTemplate';
import { toLocalDate } from '../time';
import { ErrorSummary, focusField } from '../validation/ErrorSummary';
import { blocks, formIssues, type FormIssue } from '../validation/formIssues';
import { placeIssues } from '../validation/placeIssues';
import { RecordView } from '../view/RecordView';
import { PRINT_CSS } from '../view/printCss';
import { pruneEmpty, pruneRows } from './assemble';
import { dailyRowsFor, isZeroRisk, itemsFor, newHazardId, type DailyItem, type RiskRow } from './dailyRows';
import type { RiskList } from '@order75/schemas';

const ThemedForm = withTheme(Theme);

type Rec = Record<string, unknown>;

/** Props of {@link RecordForm}. */
export interface RecordFormProps<K extends RecordType = RecordType> {
  recordType: K;
  /** Every label, help, button, enum label and message in this language. Default `zh-CN`. */
  locale?: Locale;
  /** A record to correct or continue, or an engine draft (`draftWeeklyReport`, `draftMonthlyMeeting`). */
  initialRecord?: Partial<RecordOf<K>>;
  /** The enterprise's USCC for new records. */
  enterprise?: string;
  /** Who is filling in (and signing by hand or on paper), with the role they act in. */
  currentUser?: Person & { role?: Role };
  /** People to pick from (inspector, report-to, attendees, owners). */
  people?: readonly Person[];
  /** Receives the valid, final record. A rejected promise keeps the draft and shows the reason. */
  onSubmit?: (record: RecordOf<K>) => void | Promise<void>;
  /** Stores a photo, scan or signature image and returns its attachment (by content hash). */
  onUpload?: UploadFn;
  resolveAttachmentUrl?: FormServices['resolveAttachmentUrl'];
  /** Key signer for `method: 'key'` signatures. */
  signer?: Signer;
  /** Content hash algorithm; SHA-256 through WebCrypto by default. */
  hasher?: Hasher;
  /** Draft storage; localStorage by default, `null` to disable autosave. */
  draftStorage?: DraftStorage | null;
  /** Distinguishes drafts of several forms of one type (default: the record id, or `new`). */
  draftKey?: string;
  /** Daily check: the risk list in force; its daily rows for `site` become the items. */
  riskList?: RiskList;
  /** Daily check: the site checked. */
  site?: string;
  /** Weekly or monthly: the records a draft came from, to name them. */
  sources?: readonly Rec[];
  /** Ask for the device location when photos are taken. */
  captureLocation?: boolean;
  /** Context for the engine's record-level rules (for an opinion-response: the opinion it answers). */
  ruleContext?: RecordIssueContext;
  /** The clock (fixed in tests). */
  now?: () => Date;
  /** CSP nonce for the form's `<style>` elements (antd gets it through ConfigProvider). */
  nonce?: string;
  /** Rendered above the submit button. */
  children?: ReactNode;
}

function headerOf(record: Rec, tableField: string | undefined): Rec {
  const { id: _i, recordType: _r, schemaVersion: _s, revision: _v, status: _t, enterprise: _e, createdAt: _c, createdBy: _b, signatures: _g, ...rest } = record;
  if (tableField) delete rest[tableField];
  return rest;
}

export function RecordForm<K extends RecordType>(props: RecordFormProps<K>) {
  const { recordType, currentUser, riskList, site } = props;
  const locale: Locale = props.locale ?? 'zh-CN';
  const initial = (props.initialRecord ?? {}) as Rec;
  const layout = LAYOUTS[recordType];
  const tableField = layout.table?.field;
  const daily = recordType === 'daily-check';
  const nowRef = useRef(props.now ?? (() => new Date()));
  // Editing a final record makes its next revision (DESIGN.md § Identity): same id, `supersedes` with a reason,
  // and none of the old signatures. A draft (an autosave, an engine draft) keeps its revision.
  const amends = initial.status === 'final' && typeof initial.revision === 'number';
  const identity = useRef({
    id: (initial.id as string | undefined) ?? newRecordId(),
    revision: amends ? (initial.revision as number) + 1 : ((initial.revision as number | undefined) ?? 1),
  }).current;
  const correction = identity.revision >= 2;
  const fromEngine = initial.status === 'draft' && (recordType === 'weekly-report' || recordType === 'monthly-meeting');

  // The risk-list rows a daily check is generated from.
  const checkRows = useMemo<RiskRow[]>(() => {
    if (!daily) return [];
    const siteId = site ?? (initial.site as string | undefined);
    if (riskList) return dailyRowsFor(riskList, siteId);
    return ((initial.items as DailyItem[] | undefined) ?? []).map((i, n) => ({ rowId: i.rowId, seq: n + 1 }) as RiskRow);
  }, [daily, riskList, site, initial.site, initial.items]);

  const [header, setHeader] = useState<Rec>(() => {
    const h = headerOf(initial, tableField);
    if (amends) h.supersedes = { revision: initial.revision };
    if (daily) {
      h.date ??= toLocalDate(nowRef.current());
      if (site) h.site = site;
      if (currentUser && !h.inspector) h.inspector = { personId: currentUser.personId, name: currentUser.name };
      delete h.zeroRisk;
      delete h.riskList;
    }
    return h;
  });
  const headerRef = useRef(header);
  headerRef.current = header;

  // Created once; typing never recreates it. A new risk list or site regenerates the items, keeping results by row id.
  const [store] = useState(() =>
    createRowStore<Rec>(
      daily ? (itemsFor(checkRows, (initial.items as DailyItem[] | undefined) ?? []) as Rec[]) : tableField ? ((initial[tableField] as Rec[] | undefined) ?? []) : [],
    ),
  );
  const firstRows = useRef(checkRows);
  useEffect(() => {
    if (!daily || firstRows.current === checkRows) return;
    firstRows.current = checkRows;
    store.set(itemsFor(checkRows, store.get() as Partial<DailyItem>[]) as Rec[]);
  }, [daily, checkRows, store]);

  const [signatures, setSignatures] = useState<Signature[]>(() => (amends ? [] : ((initial.signatures as Signature[] | undefined) ?? [])));
  const signaturesRef = useRef(signatures);
  signaturesRef.current = signatures;
  const [issues, setIssues] = useState<FormIssue[] | null>(null);
  const [phase, setPhase] = useState<'idle' | 'submitting' | 'submitted' | 'failed'>('idle');
  const [failure, setFailure] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [savedAt, setSavedAt] = useState<Date>();
  const [printing, setPrinting] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [formKey, setFormKey] = useState(0);

  const assemble = useCallback(
    (status: 'draft' | 'final'): Rec => {
      const record: Rec = {
        id: identity.id,
        recordType,
        schemaVersion: currentVersions[recordType],
        revision: identity.revision,
        status,
        enterprise: (initial.enterprise as string | undefined) ?? props.enterprise,
        ...(initial.createdBy ? { createdBy: initial.createdBy } : currentUser ? { createdBy: { personId: currentUser.personId, name: currentUser.name } } : {}),
        ...(pruneEmpty(headerRef.current) ?? {}),
      };
      if (tableField) record[tableField] = pruneRows(store.get());
      if (daily) {
        record.zeroRisk = isZeroRisk(store.get() as Partial<DailyItem>[]);
        if (riskList) record.riskList = { recordId: riskList.id, version: riskList.version };
        else if (initial.riskList) record.riskList = initial.riskList;
      }
      if (signaturesRef.current.length) record.signatures = signaturesRef.current;
      return record;
    },
    [identity, recordType, initial.enterprise, initial.createdBy, initial.riskList, props.enterprise, currentUser, tableField, store, daily, riskList],
  );

  // Drafts.
  const storage = useMemo(() => (props.draftStorage === undefined ? defaultDraftStorage() : props.draftStorage), [props.draftStorage]);
  const draftKey = draftKeyFor(recordType, props.draftKey ?? ((initial.id as string | undefined) ?? 'new'));
  const [pending, setPending] = useState<DraftSnapshot>();
  const autosave = useAutosave(
    storage,
    draftKey,
    () => ({ header: headerRef.current, rows: tableField ? [...store.get()] : undefined, signatures: signaturesRef.current }),
    setSavedAt,
  );
  useEffect(() => {
    if (!storage) return;
    let live = true;
    void Promise.resolve(storage.get(draftKey)).then((raw) => {
      if (!live || !raw) return;
      try {
        setPending(JSON.parse(raw) as DraftSnapshot);
      } catch {
        void storage.remove(draftKey);
      }
    });
    return () => {
      live = false;
    };
  }, [storage, draftKey]);
  const restore = () => {
    if (!pending) return;
    setHeader(pending.header);
    if (pending.rows && tableField) store.set(pending.rows as Rec[]);
    setSignatures((pending.signatures as Signature[] | undefined) ?? []);
    setPending(undefined);
    setFormKey((k) => k + 1);
  };
  const discard = () => {
    setPending(undefined);
    autosave.clear();
  };

  // Any content change voids signatures (they signed the old content hash) and re-checks issues once shown.
  const recheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const contentChanged = useCallback(() => {
    autosave.changed();
    if (signaturesRef.current.length) {
      setSignatures([]);
      setNotice(text(locale, 'signaturesCleared'));
    }
    if (phase === 'submitted') setPhase('idle');
    clearTimeout(recheck.current);
    recheck.current = setTimeout(() => setIssues((prev) => (prev === null ? prev : formIssues(assemble('final'), props.ruleContext))), 250);
  }, [autosave, locale, phase, assemble, props.ruleContext]);
  useEffect(() => store.subscribe(contentChanged), [store, contentChanged]);
  useEffect(() => () => clearTimeout(recheck.current), []);

  const placed = useMemo(() => placeIssues(issues ?? [], locale, tableField), [issues, locale, tableField]);
  const hazardId = useCallback(
    (rowId: string) => newHazardId(headerRef.current.date as string | undefined, (headerRef.current.site as string | undefined) ?? site, rowId),
    [site],
  );

  /** Submits when nothing blocks; rule warnings need `confirmed` (the summary's "submit anyway"). */
  const submit = async (confirmed = false) => {
    const record = assemble('final');
    const found = formIssues(record, props.ruleContext);
    setIssues(found);
    if (blocks(found) || (found.length > 0 && !confirmed)) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setPhase('submitting');
    setFailure(undefined);
    try {
      await props.onSubmit?.(record as unknown as RecordOf<K>);
      autosave.clear();
      setPhase('submitted');
    } catch (error) {
      autosave.changed();
      autosave.flush();
      setFailure(text(locale, 'submitFailed', { reason: error instanceof Error ? error.message : String(error) }));
      setPhase('failed');
    }
  };

  const prepareSignature = async (slot: number) => {
    const record = assemble('final');
    const found = formIssues(record, props.ruleContext);
    if (blocks(found)) {
      setIssues(found);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return undefined;
    }
    return { id: identity.id, revision: identity.revision, contentHash: await contentHash(record, props.hasher ?? sha256Hasher), slot };
  };
  const addSignature = (signature: Signature) => {
    setNotice(undefined);
    setSignatures((list) => [...list.filter((s) => s.slot !== signature.slot), signature]);
    autosave.changed();
  };

  useEffect(() => {
    if (!printing) return;
    document.documentElement.classList.add('o75-printing');
    const done = () => {
      document.documentElement.classList.remove('o75-printing');
      setPrinting(false);
    };
    const timer = setTimeout(() => {
      window.addEventListener('afterprint', done, { once: true });
      window.print();
    }, 50);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [printing]);

  const services = useMemo<FormServices>(
    () => ({
      locale,
      people: props.people ?? [],
      onUpload: props.onUpload,
      resolveAttachmentUrl: props.resolveAttachmentUrl,
      sources: props.sources,
      captureLocation: props.captureLocation,
      now: nowRef.current,
    }),
    [locale, props.people, props.onUpload, props.resolveAttachmentUrl, props.sources, props.captureLocation],
  );
  const schema = useMemo(() => {
    return renderSchema(recordType, locale, { correction, hide: daily ? ['riskList', 'zeroRisk'] : [] }) as RJSFSchema;
  }, [recordType, locale, correction, daily]);
  const uiSchema = useMemo(() => {
    const ui = uiSchemaFor(recordType, locale, Object.keys(schema.properties ?? {}));
    if (daily && site) ui.site = { ...(ui.site as object), 'ui:readonly': true };
    return ui;
  }, [recordType, locale, schema, daily, site]);
  const slots = useMemo(() => signatureSlots(recordType), [recordType]);
  const translate = useMemo(() => rjsfTranslator(locale), [locale]);

  const schemaRoot = schema as Rec;
  const table = daily ? (
    <DailyItemsTable store={store as never} rows={checkRows} locale={locale} errors={placed.rows} hazardId={hazardId} />
  ) : recordType === 'risk-list' ? (
    <RiskRowsTable store={store as never} locale={locale} errors={placed.rows} />
  ) : null;
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} csp={props.nonce ? { nonce: props.nonce } : undefined}>
      <ServicesContext.Provider value={services}>
        <div className="o75-form" lang={locale === 'en' ? 'en' : 'zh-CN'} data-record-type={recordType}>
          <style nonce={props.nonce}>{FORM_CSS}</style>
          <h2 className="o75-form-title">{schemaRoot.title as string}</h2>
          <p className="o75-form-article">{schemaRoot.description as string}</p>
          {pending ? (
            <div className="o75-banner o75-banner-warn" role="alert" data-testid="o75-restore">
              {text(locale, 'restoreTitle', { time: new Date(pending.savedAt).toLocaleString(locale) })}
              <div className="o75-banner-actions">
                <button type="button" className="o75-btn o75-btn-primary o75-touch" onClick={restore}>{text(locale, 'restore')}</button>
                <button type="button" className="o75-btn o75-touch" onClick={discard}>{text(locale, 'discard')}</button>
              </div>
            </div>
          ) : null}
          {fromEngine ? <div className="o75-banner" data-testid="o75-engine-draft">{text(locale, 'engineDraft')}</div> : null}
          {daily && !riskList && !initial.items ? <div className="o75-banner o75-banner-warn">{text(locale, 'noRiskList')}</div> : null}
          <ErrorSummary ref={summaryRef} locale={locale} placed={placed} onConfirm={blocks(issues ?? []) ? undefined : () => void submit(true)} />
          <TableSlot.Provider value={table}>
          <ThemedForm
            key={`${formKey}-${locale}`}
            schema={schema}
            uiSchema={uiSchema}
            formData={header}
            validator={order75Validator}
            noValidate
            noHtml5Validate
            experimental_defaultFormStateBehavior={{ constAsDefaults: 'never', emptyObjectFields: 'skipEmptyDefaults', arrayMinItems: { populate: 'never' } }}
            showErrorList={false}
            extraErrors={placed.errorSchema}
            fields={FIELDS}
            widgets={WIDGETS}
            templates={{ ObjectFieldTemplate }}
            translateString={translate}
            formContext={{ descriptionLocation: 'tooltip', readonlyAsDisabled: true, labelAlign: 'left', colon: false, rowGutter: 8 }}
            onChange={(e) => {
              // rjsf reports defaults (empty values) on mount; only a real edit is a change.
              if (JSON.stringify(pruneEmpty(e.formData) ?? {}) === JSON.stringify(pruneEmpty(headerRef.current) ?? {})) return;
              headerRef.current = e.formData as Rec;
              setHeader(e.formData as Rec);
              contentChanged();
            }}
            onSubmit={() => void submit()}
          >
            <SignaturePanel
              slots={slots}
              signatures={signatures}
              locale={locale}
              signer={props.signer}
              currentUser={currentUser}
              prepare={prepareSignature}
              onAdd={addSignature}
              onRemove={(slot) => setSignatures((list) => list.filter((s) => s.slot !== slot))}
              onPrint={() => setPrinting(true)}
            />
            {notice ? <div className="o75-banner o75-banner-warn" role="status">{notice}</div> : null}
            {props.children}
            <div className="o75-submit-bar">
              <button type="submit" className="o75-btn o75-btn-primary o75-touch" disabled={phase === 'submitting'} data-testid="o75-submit">
                {phase === 'submitting' ? text(locale, 'submitting') : text(locale, 'submit')}
              </button>
              <button type="button" className="o75-btn o75-touch" onClick={() => setPrinting(true)}>{text(locale, 'print')}</button>
              {phase === 'submitted' ? <span className="o75-banner-ok o75-banner" role="status" data-testid="o75-submitted">{text(locale, 'submitted')}</span> : null}
              {savedAt && phase !== 'submitted' ? <span className="o75-saved" aria-live="polite">{text(locale, 'draftSaved', { time: savedAt.toLocaleTimeString(locale) })}</span> : null}
            </div>
            {failure ? <div className="o75-error" role="alert" data-testid="o75-submit-failed">{failure}</div> : null}
          </ThemedForm>
          </TableSlot.Provider>
        </div>
        {printing
          ? createPortal(
              <div className="o75-print-root">
                <style nonce={props.nonce}>{PRINT_CSS}</style>
                <RecordView record={assemble('final')} locale={locale} riskList={riskList} sources={props.sources} resolveAttachmentUrl={props.resolveAttachmentUrl} withStyles={false} />
              </div>,
              document.body,
            )
          : null}
      </ServicesContext.Provider>
    </ConfigProvider>
  );
}

/** Moves focus to a field of the form by its rjsf id (`root_date`) or table id (`o75-items-3-measure`). */
export { focusField };
