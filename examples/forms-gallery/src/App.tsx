/**
 * The forms gallery: every Order 75 form in zh-CN and English with the demo enterprise's data.
 * Routes: `#/<recordType>?lang=en&blank=1&rows=1000&site=S2&view=1`.
 */
import { draftMonthlyMeeting, draftWeeklyReport, type Locale } from '@order75/core';
import { RecordForm, RecordView, type Person } from '@order75/react';
import { RECORD_TYPES, type AnyRecord, type RecordType, type Role } from '@order75/schemas';
import { useEffect, useMemo, useState } from 'react';
import { PEOPLE, PROFILE, SITES, USCC } from './demo/enterprise';
import { bigRiskList, RISK_LIST } from './demo/riskList';
import { DAILY_CHECKS, SAMPLES } from './demo/samples';
import { Baseline } from './Baseline';
import { demoSigner } from './signer';
import { onUpload, resolveAttachmentUrl } from './uploads';

interface Route {
  type: RecordType;
  lang: Locale;
  blank: boolean;
  rows: number;
  site: string;
  view: boolean;
  /** Simulates a dropped connection: every submission fails. */
  offline: boolean;
  /** Opens the final sample for correction (a new revision with a reason); otherwise samples open as drafts. */
  correct: boolean;
}

function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const q = new URLSearchParams(query);
  const type = (RECORD_TYPES as readonly string[]).includes(path) ? (path as RecordType) : 'daily-check';
  return {
    type,
    lang: q.get('lang') === 'en' ? 'en' : 'zh-CN',
    blank: q.get('blank') === '1',
    rows: Number(q.get('rows') ?? 0) || 0,
    site: q.get('site') ?? 'S1',
    view: q.get('view') === '1',
    offline: q.get('offline') === '1',
    correct: q.get('correct') === '1',
  };
}

function toHash(r: Route): string {
  const q = new URLSearchParams();
  if (r.lang === 'en') q.set('lang', 'en');
  if (r.blank) q.set('blank', '1');
  if (r.rows) q.set('rows', String(r.rows));
  if (r.site !== 'S1') q.set('site', r.site);
  if (r.view) q.set('view', '1');
  if (r.offline) q.set('offline', '1');
  if (r.correct) q.set('correct', '1');
  const s = q.toString();
  return `#/${r.type}${s ? `?${s}` : ''}`;
}

const TITLES: Record<RecordType, [string, string]> = {
  'enterprise-profile': ['生产单位档案', 'Enterprise profile'],
  'personnel-change': ['人员设立、调整', 'Personnel change'],
  'management-system': ['质量安全管理制度', 'Management system'],
  'director-duties': ['质量安全总监职责', 'Director duties'],
  'officer-code': ['质量安全员守则', 'Officer code'],
  'risk-list': ['风险管控清单', 'Risk list'],
  'production-calendar': ['生产日历', 'Production calendar'],
  'daily-check': ['每日检查（日管控）', 'Daily check'],
  'weekly-report': ['每周排查（周排查）', 'Weekly report'],
  'monthly-meeting': ['每月调度（月调度）', 'Monthly meeting'],
  opinion: ['意见建议 / 否决建议', 'Opinion / veto'],
  'opinion-response': ['主要负责人处置', 'Principal’s response'],
  'major-decision': ['重大质量安全决策', 'Major decision'],
  recall: ['召回记录', 'Recall'],
  training: ['培训考核', 'Training'],
  inspection: ['监督检查与整改', 'Inspection'],
  incentive: ['激励约束', 'Incentive'],
};

const SIGN_AS: { person: Person; role: Role }[] = PEOPLE.flatMap((p) => (p.roles ?? []).map((role) => ({ person: p, role })));

/** The records the engine drafts the weekly report and the monthly minutes from. */
const HISTORY: AnyRecord[] = [PROFILE, SAMPLES['personnel-change'], ...DAILY_CHECKS];

function initialFor(route: Route): Partial<AnyRecord> | undefined {
  if (route.blank) return undefined;
  const sample = sampleFor(route);
  return sample && !route.correct ? { ...sample, status: 'draft' } : sample;
}

function sampleFor(route: Route): Partial<AnyRecord> | undefined {
  switch (route.type) {
    case 'daily-check':
      return undefined;
    case 'risk-list':
      return route.rows ? bigRiskList(route.rows) : RISK_LIST;
    case 'weekly-report':
      return draftWeeklyReport(HISTORY, '2026-W48', { reviewDate: '2026-11-27', enterprise: USCC });
    case 'monthly-meeting':
      return draftMonthlyMeeting([...HISTORY, { ...SAMPLES['weekly-report'], status: 'final' } as AnyRecord], '2026-11', {
        meetingDate: '2026-11-30',
        place: '马尾厂区三楼会议室',
        enterprise: USCC,
      });
    default:
      return SAMPLES[route.type];
  }
}

declare global {
  interface Window {
    __o75?: { submitted: AnyRecord[] };
  }
}

export function App() {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  if (hash.startsWith('#/baseline')) return <Baseline rows={parseRoute(hash).rows || 1000} />;
  return <Gallery />;
}

function Gallery() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  const [signAs, setSignAs] = useState(() => SIGN_AS.find((s) => s.role === 'officer') ?? SIGN_AS[0]);
  const [submitted, setSubmitted] = useState<AnyRecord>();
  useEffect(() => {
    const on = () => {
      setRoute(parseRoute(location.hash));
      setSubmitted(undefined);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = (patch: Partial<Route>) => {
    location.hash = toHash({ ...route, ...patch });
  };
  const en = route.lang === 'en';
  const initial = useMemo(() => initialFor(route), [route]);
  const riskList = useMemo(() => (route.rows ? bigRiskList(route.rows) : RISK_LIST), [route.rows]);
  const signer = useMemo(() => (signAs ? demoSigner(signAs.person, signAs.role) : undefined), [signAs]);
  const currentUser = signAs ? { ...signAs.person, role: signAs.role } : undefined;
  const formKey = `${route.type}-${route.lang}-${route.blank}-${route.rows}-${route.site}-${route.correct}`;

  return (
    <div className="gallery">
      <style>{GALLERY_CSS}</style>
      <header className="gallery-head">
        <strong>{en ? 'Order75 forms gallery' : 'Order75 表单示例'}</strong>
        <span className="gallery-org">{PROFILE.name}</span>
        <label>
          <span className="gallery-label">{en ? 'Form' : '表单'}</span>
          <select value={route.type} onChange={(e) => go({ type: e.target.value as RecordType, rows: 0, blank: false, view: false })} data-testid="gallery-nav">
            {RECORD_TYPES.map((t) => (
              <option key={t} value={t}>{TITLES[t][en ? 1 : 0]}</option>
            ))}
          </select>
        </label>
        <label>
          <span className="gallery-label">{en ? 'Signing as' : '当前签署人'}</span>
          <select
            value={signAs ? `${signAs.person.personId}:${signAs.role}` : ''}
            onChange={(e) => setSignAs(SIGN_AS.find((s) => `${s.person.personId}:${s.role}` === e.target.value))}
            data-testid="gallery-sign-as"
          >
            {SIGN_AS.map((s) => (
              <option key={`${s.person.personId}:${s.role}`} value={`${s.person.personId}:${s.role}`}>
                {s.person.name} · {s.role}
              </option>
            ))}
          </select>
        </label>
        {route.type === 'daily-check' ? (
          <label>
            <span className="gallery-label">{en ? 'Site' : '厂区'}</span>
            <select value={route.site} onChange={(e) => go({ site: e.target.value })}>
              {SITES.map((s) => (
                <option key={s.siteId} value={s.siteId}>{s.siteId} {s.name}</option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="button" onClick={() => go({ lang: en ? 'zh-CN' : 'en' })} data-testid="gallery-lang">
          {en ? '中文' : 'English'}
        </button>
        <button type="button" onClick={() => go({ view: !route.view })}>{route.view ? (en ? 'Form' : '表单') : en ? 'Print view' : '打印版式'}</button>
      </header>
      <main>
        {route.view ? (
          <RecordView record={(submitted ?? initial ?? DAILY_CHECKS[0]) as Record<string, unknown>} locale={route.lang} riskList={RISK_LIST} sources={DAILY_CHECKS as unknown as Record<string, unknown>[]} resolveAttachmentUrl={resolveAttachmentUrl} />
        ) : (
          <RecordForm
            key={formKey}
            recordType={route.type}
            locale={route.lang}
            initialRecord={initial}
            enterprise={USCC}
            currentUser={currentUser}
            people={PEOPLE}
            riskList={route.type === 'daily-check' ? riskList : undefined}
            site={route.type === 'daily-check' ? route.site : undefined}
            sources={route.type === 'weekly-report' || route.type === 'monthly-meeting' ? (DAILY_CHECKS as unknown as Record<string, unknown>[]) : undefined}
            onUpload={onUpload}
            resolveAttachmentUrl={resolveAttachmentUrl}
            signer={signer}
            draftKey={`gallery-${formKey}`}
            onSubmit={async (record) => {
              if (route.offline) throw new Error(en ? 'the network connection was lost' : '网络连接已断开');
              setSubmitted(record as AnyRecord);
              window.__o75 = { submitted: [...(window.__o75?.submitted ?? []), record as AnyRecord] };
            }}
          />
        )}
        {submitted && !route.view ? (
          <details className="gallery-result" open>
            <summary>{en ? 'Submitted record (valid)' : '已提交的记录（有效）'}</summary>
            <pre data-testid="gallery-submitted">{JSON.stringify(submitted, null, 2)}</pre>
          </details>
        ) : null}
      </main>
    </div>
  );
}

const GALLERY_CSS = `
body { margin: 0; background: #f5f6f8; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; color: #1f1f1f; }
.gallery-head { position: sticky; top: 0; z-index: 20; display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 8px 12px; background: #001529; color: #fff; }
.gallery-head select, .gallery-head button { min-height: 40px; font: inherit; border-radius: 6px; border: 0; padding: 0 10px; max-width: 100%; }
.gallery-head label { display: flex; align-items: center; gap: 6px; max-width: 100%; }
.gallery-label { font-size: 13px; opacity: .8; }
.gallery-org { font-size: 13px; opacity: .8; }
main { padding: 12px; }
.gallery-result { max-width: 1100px; margin: 12px auto; }
.gallery-result pre { background: #fff; padding: 12px; overflow: auto; max-height: 400px; font-size: 12px; }
@media (max-width: 640px) { main { padding: 0; } .gallery-org { display: none; } .gallery-head { position: static; } }
`;
