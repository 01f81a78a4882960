/**
 * verify.html's script: takes an `.o75.zip` from the file input or a drop, verifies it in the page with
 * WebCrypto SHA-256 (pure-JS SM3 for SM3 archives) and shows the report. Nothing leaves the page.
 */
import { toHex } from '@order75/core';
import { verifyArchive, type VerifyReport } from '../src/verify/index';
import { h, renderReport } from './render';

declare global {
  interface Window {
    /** The last report, for automated checks (the Chromium test reads it). */
    order75Report?: VerifyReport;
  }
}

const output = document.getElementById('result') as HTMLElement;
const input = document.getElementById('file') as HTMLInputElement;
const drop = document.getElementById('drop') as HTMLElement;

/** `replaceChildren` is Chromium 86+; older cores are still on government desktops. */
function show(node: Node): void {
  output.textContent = '';
  output.append(node);
}

function message(zh: string, en: string, cls: string): void {
  show(h('div', { class: `verdict ${cls}` }, h('div', { class: 'bi' }, h('span', { class: 'zh' }, zh), h('span', { class: 'en' }, en))));
}

async function check(file: File): Promise<void> {
  document.body.dataset.state = 'busy';
  message(`正在校验 ${file.name} ……`, `Verifying ${file.name} …`, 'busy');
  if (!globalThis.crypto?.subtle) {
    document.body.dataset.state = 'unsupported';
    message('此浏览器不提供 WebCrypto（crypto.subtle），无法校验。请使用较新的 Chrome、Edge、Firefox 或 360 极速模式。', 'This browser lacks WebCrypto (crypto.subtle); use a recent Chrome, Edge or Firefox.', 'bad');
    return;
  }
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const [report, digest] = await Promise.all([verifyArchive(bytes), crypto.subtle.digest('SHA-256', bytes)]);
    window.order75Report = report;
    show(renderReport(report, { name: file.name, size: bytes.length, sha256: toHex(new Uint8Array(digest)) }));
    document.body.dataset.state = report.ok ? 'ok' : report.intact ? 'invalid' : 'tampered';
  } catch (error) {
    document.body.dataset.state = 'error';
    message(`无法读取该文件：${String(error)}`, `Could not read the file: ${String(error)}`, 'bad');
  }
}

input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void check(file);
});
// The whole page takes drops, so a file dropped beside the box is verified rather than opened by the browser.
for (const type of ['dragenter', 'dragover']) {
  document.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
}
document.addEventListener('dragleave', (e) => {
  if ((e as DragEvent).relatedTarget === null) drop.classList.remove('over');
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  const file = (e as DragEvent).dataTransfer?.files[0];
  if (file) void check(file);
});
document.body.dataset.state = 'ready';
