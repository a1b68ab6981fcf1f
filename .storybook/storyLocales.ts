import { fil } from '../packages/ui/src/locales/fil';
import { id } from '../packages/ui/src/locales/id';
import { ja } from '../packages/ui/src/locales/ja';
import { ko } from '../packages/ui/src/locales/ko';
import { ms } from '../packages/ui/src/locales/ms';
import { th } from '../packages/ui/src/locales/th';
import { vi } from '../packages/ui/src/locales/vi';
import { zhCN } from '../packages/ui/src/locales/zh-CN';
import { zhHK } from '../packages/ui/src/locales/zh-HK';
import { zhTW } from '../packages/ui/src/locales/zh-TW';
import type { Messages } from '../packages/ui/src/messages/Messages';

/** The toolbar's "Locale" menu: every catalogue of @batchpay/ui (English is built in), with a region for amounts. */
export const storyLocales: readonly { locale: string; title: string; catalogue?: Messages }[] = [
  { locale: 'en-US', title: 'English' },
  { locale: 'zh-CN', title: '简体中文', catalogue: zhCN },
  { locale: 'zh-HK', title: '繁體中文 (香港)', catalogue: zhHK },
  { locale: 'zh-TW', title: '繁體中文 (台灣)', catalogue: zhTW },
  { locale: 'ko-KR', title: '한국어', catalogue: ko },
  { locale: 'ja-JP', title: '日本語', catalogue: ja },
  { locale: 'th-TH', title: 'ไทย', catalogue: th },
  { locale: 'id-ID', title: 'Bahasa Indonesia', catalogue: id },
  { locale: 'ms-MY', title: 'Bahasa Melayu', catalogue: ms },
  { locale: 'vi-VN', title: 'Tiếng Việt', catalogue: vi },
  { locale: 'fil-PH', title: 'Filipino', catalogue: fil },
];

/** Every catalogue: the provider picks the one of the locale (and falls back to English). */
export const allCatalogues: readonly Messages[] = storyLocales.flatMap((l) => (l.catalogue ? [l.catalogue] : []));
