/**
 * Loads @order75/render, an optional dependency of the CLI (it brings Chromium automation), by dynamic import,
 * so `order75` installs and runs without it and says how to add it when `render` is asked for.
 */
import { CliUsageError } from '../io';

/** The part of @order75/render the CLI uses. */
export interface RenderModule {
  renderPdf(
    record: Record<string, unknown>,
    options: { executablePath?: string; locale?: 'zh-CN' | 'en'; riskList?: unknown },
  ): Promise<Uint8Array>;
}

/** The bilingual message for a missing @order75/render. */
export const RENDER_MISSING = {
  zh: '未安装 @order75/render：请运行 npm install @order75/render（需要本机的 Chromium，如 apt-get install chromium fonts-noto-cjk）',
  en: '@order75/render is not installed: run npm install @order75/render (it needs a local Chromium, e.g. apt-get install chromium fonts-noto-cjk)',
} as const;

/** Imports `specifier` (default `@order75/render`); throws `CliUsageError` with {@link RENDER_MISSING} when absent. */
export async function loadRenderModule(specifier = '@order75/render'): Promise<RenderModule> {
  try {
    // A variable specifier keeps bundlers and the type checker from requiring the optional package.
    const mod = (await import(/* @vite-ignore */ specifier)) as Partial<RenderModule>;
    if (typeof mod.renderPdf !== 'function') throw new Error(`${specifier} has no renderPdf`);
    return mod as RenderModule;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)|Failed to load url|does not provide|has no renderPdf/.test(String(error))) {
      throw new CliUsageError(RENDER_MISSING.zh, RENDER_MISSING.en);
    }
    throw error;
  }
}
