// The checker for English: brings this language's words only.
import { words } from '@/lib/checker/words.en';
import { Checker, type CheckerProps } from './checker';

export function CheckerEn(props: Omit<CheckerProps, 'words'>) {
  return <Checker {...props} words={words} />;
}
