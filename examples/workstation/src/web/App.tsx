/** The SPA shell: session, language (zh-CN first, en switch), navigation per role, and the pages. */
import type { Locale } from '@order75/core';
import type { Person } from '@order75/react';
import { Button, ConfigProvider, Layout, Menu, Segmented, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { api, onLoggedOut, setCsrf } from './api';
import { LangContext, type StringKey, useT } from './i18n';
import { Dashboard } from './pages/Dashboard';
import { DailyPage } from './pages/DailyPage';
import { InspectorPage } from './pages/InspectorPage';
import { Login } from './pages/Login';
import { PrincipalPage } from './pages/PrincipalPage';
import { RecordPage } from './pages/RecordPage';
import { RecordsPage } from './pages/RecordsPage';
import { SettingsPage } from './pages/SettingsPage';
import { WeeklyPage } from './pages/WeeklyPage';
import { match, navigate, usePath } from './router';
import { type Account, SessionContext, type SessionState } from './session';

interface SessionReply {
  account: Account;
  csrfToken: string;
  landing: string;
}

const NAV: { path: string; key: StringKey; roles?: Account['role'][] }[] = [
  { path: '/daily', key: 'daily', roles: ['officer', 'director', 'principal'] },
  { path: '/weekly', key: 'weekly', roles: ['director', 'principal'] },
  { path: '/principal', key: 'principal', roles: ['principal'] },
  { path: '/dashboard', key: 'dashboard' },
  { path: '/records', key: 'records' },
  { path: '/settings', key: 'settings' },
  { path: '/inspector', key: 'inspector' },
];

function Page({ path }: { path: string }) {
  const daily = match('/daily/:site', path);
  const create = match('/records/new/:type', path);
  const correct = match('/records/:id/correct', path);
  const record = match('/records/:id', path);
  if (path === '/daily') return <DailyPage />;
  if (daily) return <DailyPage site={daily.site} />;
  if (path === '/weekly') return <WeeklyPage />;
  if (path.startsWith('/principal')) return <PrincipalPage path={path} />;
  if (path === '/records') return <RecordsPage />;
  if (create) return <RecordPage create={create.type} />;
  if (correct) return <RecordPage id={correct.id} correct />;
  if (record) return <RecordPage id={record.id} />;
  if (path === '/settings') return <SettingsPage />;
  if (path === '/inspector') return <InspectorPage />;
  return <Dashboard />;
}

function Shell({ session }: { session: SessionState }) {
  const t = useT();
  const path = usePath();
  const items = NAV.filter((n) => !n.roles || n.roles.includes(session.account.role)).map((n) => ({ key: n.path, label: t(n.key) }));
  const selected = NAV.find((n) => path === n.path || path.startsWith(`${n.path}/`))?.path ?? '/dashboard';
  return (
    <Layout className="ws-layout">
      <Layout.Header className="ws-header">
        <button type="button" className="ws-brand" onClick={() => navigate(session.landing)}>{t('appTitle')}</button>
        <Menu mode="horizontal" theme="dark" selectedKeys={[selected]} items={items} onClick={(e) => navigate(e.key)} className="ws-menu" />
        <LangSwitch />
        <span className="ws-user">{session.account.displayName}</span>
        <Button size="small" onClick={() => void api.post('/api/logout').finally(() => location.assign('/login'))}>{t('logout')}</Button>
      </Layout.Header>
      <Layout.Content className="ws-content">
        <Page path={path} />
      </Layout.Content>
    </Layout>
  );
}

function LangSwitch() {
  return (
    <LangContext.Consumer>
      {({ locale, setLocale }) => (
        <Segmented size="small" value={locale} onChange={(v) => setLocale(v as Locale)} options={[{ label: '中文', value: 'zh-CN' }, { label: 'EN', value: 'en' }]} className="ws-lang" />
      )}
    </LangContext.Consumer>
  );
}

export function App() {
  const [locale, setLocale] = useState<Locale>(() => (localStorage.getItem('o75-locale') === 'en' ? 'en' : 'zh-CN'));
  const [session, setSession] = useState<SessionState | null | undefined>(undefined);
  const lang = useMemo(() => ({ locale, setLocale: (l: Locale) => { localStorage.setItem('o75-locale', l); setLocale(l); } }), [locale]);

  const load = useCallback(async (reply?: SessionReply) => {
    try {
      const s = reply ?? (await api.get<SessionReply>('/api/session'));
      setCsrf(s.csrfToken);
      const settings = await api.get<{ enterprise: string; people: Person[]; profile: { sites: { siteId: string; name: string }[] } | null }>('/api/settings');
      setSession({ account: s.account, landing: s.landing, enterprise: settings.enterprise, people: settings.people, sites: settings.profile?.sites ?? [], refresh: () => void load(s) });
      if (location.pathname === '/' || location.pathname === '/login') navigate(s.landing);
    } catch {
      setSession(null);
      if (location.pathname !== '/login') navigate('/login');
    }
  }, []);

  useEffect(() => {
    onLoggedOut(() => {
      setSession(null);
      navigate('/login');
    });
    void load();
  }, [load]);

  return (
    <LangContext.Provider value={lang}>
      <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1d39c4', borderRadius: 6 } }}>
        {session === undefined ? (
          <div className="ws-center"><Spin /></div>
        ) : session === null ? (
          <Login onLogin={(r) => void load(r)} />
        ) : (
          <SessionContext.Provider value={session}>
            <Shell session={session} />
          </SessionContext.Provider>
        )}
      </ConfigProvider>
    </LangContext.Provider>
  );
}
