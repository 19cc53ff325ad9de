import { en as provisionStrings } from '../i18n/strings/provision';
import { en as labels } from './labels.en';
import { en as messages } from './messages.en';
import type { CheckerWords } from './words';

export const words: CheckerWords = { locale: 'en', labels, messages, party: provisionStrings.party };
