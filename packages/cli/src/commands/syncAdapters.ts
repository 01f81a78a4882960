/**
 * Adapter plugins the `provision` and `sync` commands know by name. Add a built-in adapter by listing its
 * package's plugin here; a config file can also load one from any package with `"module"`.
 */
import type { AdapterPlugin } from '@order75/adapter-kit';
import { feishuBitableAdapterPlugin } from '@order75/adapter-feishu-bitable';
import { jiandaoyunAdapterPlugin } from '@order75/adapter-jiandaoyun';
import { kingdeeAdapterPlugin } from '@order75/adapter-kingdee';
import { sqlAdapterPlugin } from '@order75/adapter-sql';

// biome-ignore lint/suspicious/noExplicitAny: plugins differ in their options type; each validates its own.
export const ADAPTER_PLUGINS: readonly AdapterPlugin<any>[] = [sqlAdapterPlugin, jiandaoyunAdapterPlugin, feishuBitableAdapterPlugin, kingdeeAdapterPlugin];
