// A quiz question announces each checked answer on the window, so a unit's completion record
// can tally them without the quiz knowing about it.
export const quizAnswerEvent = 'quiz-answer';

export interface QuizAnswer {
  /** The question's id within its unit (q1, q2…). */
  id: string;
  right: boolean;
}

export function announceAnswer(answer: QuizAnswer): void {
  window.dispatchEvent(new CustomEvent<QuizAnswer>(quizAnswerEvent, { detail: answer }));
}

export function isQuizAnswer(value: unknown): value is QuizAnswer {
  return (
    !!value &&
    typeof value === 'object' &&
    'id' in value &&
    typeof value.id === 'string' &&
    'right' in value &&
    typeof value.right === 'boolean'
  );
}
