/**
 * The error summary at the top of a form (GOV.UK pattern): focused after a failed submit, each entry a link
 * that moves focus to its field; the nearest existing element when the exact field is not on screen.
 */
import type { Locale } from '@order75/core';
import { forwardRef } from 'react';
import { text } from '../i18n/strings';
import type { PlacedIssues } from './placeIssues';

/** Focuses the element with `id`, or the closest ancestor path that exists (`root_a_b` → `root_a`). */
export function focusField(id: string): void {
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
}

export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ locale, placed }, ref) {
  if (placed.linked.length === 0) return null;
  return (
    <div ref={ref} className="o75-error-summary" role="alert" tabIndex={-1} aria-labelledby="o75-error-summary-title" data-testid="o75-error-summary">
      <h2 id="o75-error-summary-title">{text(locale, 'errorSummaryTitle', { count: placed.linked.length })}</h2>
      <ul>
        {placed.linked.map(({ targetId, text: message, issue }, i) => (
          <li key={`${i}-${targetId}`} data-source={issue.source}>
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
    </div>
  );
});
