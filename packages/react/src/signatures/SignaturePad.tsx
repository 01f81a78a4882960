/**
 * A signature pad: the signer draws with finger, pen or mouse on a canvas; on confirmation the drawing is
 * stamped with the signer, role and time and handed over as a PNG file (the form uploads it by hash).
 */
import { useEffect, useRef, useState } from 'react';
import type { Locale } from '@order75/core';
import { text } from '../i18n/strings';

export interface SignaturePadProps {
  locale: Locale;
  /** Printed under the drawing: `张三 · 质量安全员 · 2026-11-28 09:30`. */
  caption: string;
  onConfirm: (png: File) => void;
  disabled?: boolean;
}

const WIDTH = 600;
const HEIGHT = 220;

export function SignaturePad({ locale, caption, onConfirm, disabled }: SignaturePadProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [empty, setEmpty] = useState(true);
  const [hint, setHint] = useState<string>();

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - rect.left) * WIDTH) / rect.width, y: ((e.clientY - rect.top) * HEIGHT) / rect.height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx || disabled) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const p = point(e);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#111';
    ctx.beginPath();
    ctx.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    const p = point(e);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    if (empty) setEmpty(false);
  };
  const up = () => {
    drawing.current = false;
  };
  const clear = () => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, WIDTH, HEIGHT);
    setEmpty(true);
  };
  const confirm = () => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    if (empty) {
      setHint(text(locale, 'padEmpty'));
      return;
    }
    ctx.fillStyle = '#555';
    ctx.font = '16px "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';
    ctx.fillText(caption, 12, HEIGHT - 12);
    el.toBlob((blob) => {
      if (blob) onConfirm(new File([blob], 'signature.png', { type: 'image/png', lastModified: Date.now() }));
    }, 'image/png');
  };

  return (
    <div className="o75-pad">
      <canvas
        ref={canvas}
        width={WIDTH}
        height={HEIGHT}
        className="o75-pad-canvas"
        role="img"
        aria-label={text(locale, 'padLabel')}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
      />
      <div className="o75-pad-actions">
        <button type="button" className="o75-btn o75-touch" onClick={clear} disabled={disabled}>{text(locale, 'clearPad')}</button>
        <button type="button" className="o75-btn o75-btn-primary o75-touch" onClick={confirm} disabled={disabled}>{text(locale, 'confirmSignature')}</button>
      </div>
      {hint && empty ? <div className="o75-error" role="alert">{hint}</div> : null}
    </div>
  );
}
