/**
 * The error summary at the top of a form (GOV.UK pattern): focused after a failed submit, each entry a link
 * that moves focus to its field; the nearest existing element when the exact field is not on screen.
 */
import type { Locale } from '@order75/core';
import { forwardRef } from 'react';
import { text } from '../i18n/strings';
import { scrollRowIntoWindow } from '../table/rowScrollers';
import type { PlacedIssues } from './placeIssues';

/**
 * Focuses the element with `id`, or the closest ancestor path that exists (`root_a_b` → `root_a`). A row of a
 * virtualised table (`o75-rows-812-stage`) is first scrolled into the rendered window.
 */
export function focusField(id: string): void {
  const row = /^o75-(\w+)-(\d+)/.exec(id);
  if (row && !document.getElementById(id) && scrollRowIntoWindow(row[1] as string, Number(row[2]))) {
    requestAnimationFrame(() => requestAnimationFrame(() => focusNow(id)));
    return;
  }
  focusNow(id);
}

function focusNow(id: string): void {
  let target: HTMLElement | null = null;
  let candidate = id;
  while (candidate && !target) {
    target = document.getElementById(candidate);
    if (!target) {
      const cut = Math.max(candidate.lastIndexOf('_'), candidate.lastIndexOf('-'));
      candidate = cut > 0 ? candidate.slice(0, cut) : '';
    }
  }
  if (!target) return;
  target.scrollIntoView({ block: 'center' });
  const focusable =
    target.matches('input, select, textarea, button, [tabindex]') ? target : target.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea, button, [tabindex]');
  (focusable ?? target).focus({ preventScroll: true });
}

export interface ErrorSummaryProps {
  locale: Locale;
  placed: PlacedIssues;
  /** Shown when only warnings remain: submits anyway. */
  onConfirm?: () => void;
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ locale, placed, onConfirm }, ref) {
  if (placed.linked.length === 0) return null;
  const warningsOnly = placed.linked.every((l) => l.issue.level === 'warning');
  return (
    <div
      ref={ref}
      className={`o75-error-summary${warningsOnly ? ' o75-warning-summary' : ''}`}
      role="alert"
      tabIndex={-1}
      aria-labelledby="o75-error-summary-title"
      data-testid="o75-error-summary"
      data-level={warningsOnly ? 'warning' : 'error'}
    >
      <h2 id="o75-error-summary-title">{text(locale, warningsOnly ? 'warningSummaryTitle' : 'errorSummaryTitle', { count: placed.linked.length })}</h2>
      <ul>
        {placed.linked.map(({ targetId, text: message, issue }) => (
          <li key={`${targetId}\u0000${message}`} data-source={issue.source} data-level={issue.level}>
            <a
              href={`#${targetId}`}
              onClick={(e) => {
                e.preventDefault();
                focusField(targetId);
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
      {warningsOnly && onConfirm ? (
        <button type="button" className="o75-btn o75-touch" onClick={onConfirm} data-testid="o75-submit-anyway">
          {text(locale, 'submitAnyway')}
        </button>
      ) : null}
    </div>
  );
});
