/** The logged-in account, its CSRF token, and what the pages share (people with roles, the enterprise). */
import type { Person } from '@order75/react';
import { createContext, useContext } from 'react';

export interface Account {
  username: string;
  displayName: string;
  role: 'principal' | 'director' | 'officer' | 'viewer';
  personId?: string;
  sites: string[];
}

export interface SessionState {
  account: Account;
  landing: string;
  enterprise: string;
  people: Person[];
  sites: { siteId: string; name: string }[];
  refresh(): void;
}

export const SessionContext = createContext<SessionState | undefined>(undefined);

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('no session');
  return s;
}

/** The current user as the forms want it. */
export function currentUser(s: SessionState): (Person & { role?: 'principal' | 'director' | 'officer' }) | undefined {
  const { account } = s;
  if (!account.personId || account.role === 'viewer') return undefined;
  return { personId: account.personId, name: account.displayName, role: account.role };
}
