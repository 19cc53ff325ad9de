import { zh as provisionStrings } from '../i18n/strings/provision';
import { zh as labels } from './labels.zh';
import { zh as messages } from './messages.zh';
import type { CheckerWords } from './words';

export const words: CheckerWords = { locale: 'zh', labels, messages, party: provisionStrings.party };
