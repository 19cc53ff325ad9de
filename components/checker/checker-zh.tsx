// The checker for Chinese: brings this language's words only.
import { words } from '@/lib/checker/words.zh';
import { Checker, type CheckerProps } from './checker';

export function CheckerZh(props: Omit<CheckerProps, 'words'>) {
  return <Checker {...props} words={words} />;
}
