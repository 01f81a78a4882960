/** Chinese text for rjsf's own interface strings (buttons, array labels); English falls through to rjsf. */
import { englishStringTranslator, replaceStringParameters, type TranslatableString } from '@rjsf/utils';
import type { Locale } from '@order75/core';

const ZH: Record<string, string> = {
  Item: '项',
  'Missing items definition': '缺少数组项定义',
  'No items yet. Use the button below to add some.': '暂无内容，请用下方按钮添加。',
  Yes: '是',
  No: '否',
  Close: '关闭',
  Errors: '错误',
  'New Value': '新值',
  Add: '添加',
  'Add Item': '添加一项',
  Copy: '复制',
  'Expand Cycle': '展开',
  'Move down': '下移',
  'Move up': '上移',
  Remove: '删除',
  Now: '现在',
  Clear: '清除',
  'Select a date': '选择日期',
  Preview: '预览',
  'Decrease value by 1': '减 1',
  'Increase value by 1': '加 1',
  'Add data for optional field': '填写此可选项',
  'Remove data for optional field': '清除此可选项',
  'No data for optional field': '未填写',
  Type: '类型',
  Value: '值',
  'clear input': '清空',
  'Option %1': '选项 %1',
  '%1 option %2': '%1 选项 %2',
  '%1 Key': '%1 键',
  '%1 (deprecated)': '%1（已弃用）',
  'Unknown field type %1': '未知字段类型 %1',
  'Unsupported field schema.': '不支持的字段结构。',
  '**%1** (%2, %3 bytes)': '**%1**（%2，%3 字节）',
};

/** rjsf's `translateString` for a locale: zh-CN from the table above, English as rjsf ships it. */
export function rjsfTranslator(locale: Locale): (key: TranslatableString, params?: string[]) => string {
  if (locale === 'en') return englishStringTranslator;
  return (key, params) => {
    const zh = ZH[key as string];
    return zh === undefined ? englishStringTranslator(key, params) : replaceStringParameters(zh, params);
  };
}
