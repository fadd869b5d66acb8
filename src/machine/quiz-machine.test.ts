import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { quizMachine, type QuizEvent, type QuizInput, type QuizMachine } from './quiz-machine';

type Snapshot = SnapshotFrom<QuizMachine>;

function run(events: QuizEvent[], input: QuizInput = {}): Snapshot {
  const actor = createActor(quizMachine(), { input }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

const select = (key: string, value: string | boolean) => ({ type: 'answer.select', key, value }) as QuizEvent;
const toggle = (key: string, value: string) => ({ type: 'answer.toggle', key, value }) as QuizEvent;
const next: QuizEvent = { type: 'step.next' };
const back: QuizEvent = { type: 'step.back' };
const skip: QuizEvent = { type: 'step.skip' };

/** Skips every optional question until the check page. */
const skipToCheck = (snapshot: Snapshot): QuizEvent[] => (snapshot.value === 'check' ? [] : [skip]);

function skipAll(events: QuizEvent[]): Snapshot {
  let snapshot = run(events);
  for (let i = 0; i < 30 && snapshot.value !== 'check'; i++) {
    events = [...events, ...skipToCheck(snapshot)];
    snapshot = run(events);
  }
  return snapshot;
}

describe('quiz machine', () => {
  it('starts on the start page and asks who it is for first', () => {
    expect(run([]).value).toBe('start');
    expect(run([{ type: 'quiz.start' }]).value).toBe('for');
  });

  it('does not move on from a required question without an answer, and flags it', () => {
    const snapshot = run([{ type: 'quiz.start' }, next]);
    expect(snapshot.value).toBe('for');
    expect(snapshot.context.missingAnswer).toBe('for');
    expect(snapshot.can({ type: 'step.skip' })).toBe(false);
  });

  it('clears the error as soon as an answer is given', () => {
    const snapshot = run([{ type: 'quiz.start' }, next, select('for', 'me')]);
    expect(snapshot.context.missingAnswer).toBeNull();
  });

  it('goes straight to the problem for a person asking for themselves', () => {
    expect(run([{ type: 'quiz.start' }, select('for', 'me'), next]).value).toBe('concerns');
  });

  it('asks about the relationship, the family goal and the loved one\'s gender and age when asking for someone else', () => {
    const start = [{ type: 'quiz.start' } as QuizEvent, select('for', 'someone-else'), next];
    expect(run(start).value).toBe('relationship');
    expect(run([...start, select('relationship', 'parent'), next]).value).toBe('familyGoal');
    expect(run([...start, skip, skip]).value).toBe('theirGender');
    expect(run([...start, skip, skip, select('theirGender', 'man'), next]).value).toBe('theirAge');
    const them = run([...start, skip, skip, select('theirGender', 'man'), next, select('theirAge', '26-plus'), next]);
    expect(them.value).toBe('concerns');
    expect(them.context.answers).toMatchObject({ theirGender: 'man', theirAge: '26-plus' });
  });

  it('never asks for the loved one\'s gender or age when the person asks for themselves, and forgets them on switching', () => {
    const mine = skipAll([{ type: 'quiz.start' }, select('for', 'me'), next, toggle('concerns', 'alcohol'), next]);
    expect(mine.can({ type: 'answers.change', step: 'theirGender' })).toBe(false);
    const switched = run([
      { type: 'quiz.start' }, select('for', 'someone-else'), next, skip, skip, select('theirGender', 'woman'), next,
      back, back, back, back, select('for', 'me'),
    ]);
    expect(switched.value).toBe('for');
    expect(switched.context.answers).toEqual({ for: 'me' });
  });

  it('"I\'d rather not say" about medication leaves it unanswered, stays shown, and a real answer replaces it', () => {
    const toMedication = [
      { type: 'quiz.start' } as QuizEvent, select('for', 'me'), next, toggle('concerns', 'alcohol'), next, skip, skip,
    ];
    expect(run(toMedication).value).toBe('medication');
    const declined = run([...toMedication, select('medication', 'recovery'), { type: 'answer.decline', key: 'medication' }]);
    expect(declined.context.answers.medication).toBeUndefined();
    expect(declined.context.declined).toEqual(['medication']);
    const answered = run([...toMedication, { type: 'answer.decline', key: 'medication' }, select('medication', 'no')]);
    expect(answered.context.answers.medication).toBe('no');
    expect(answered.context.declined).toEqual([]);
    // Only a question that offers it can be declined.
    expect(run([{ type: 'quiz.start' }, select('for', 'me'), next]).can({ type: 'answer.decline', key: 'concerns' })).toBe(false);
  });

  it('"I\'m not sure" about the problem cannot be ticked together with a named problem', () => {
    const toConcerns = [{ type: 'quiz.start' } as QuizEvent, select('for', 'me'), next];
    expect(run([...toConcerns, toggle('concerns', 'alcohol'), toggle('concerns', 'not-sure')]).context.answers.concerns).toEqual(['not-sure']);
    expect(run([...toConcerns, toggle('concerns', 'not-sure'), toggle('concerns', 'gambling')]).context.answers.concerns).toEqual(['gambling']);
  });

  it('"See my groups now" goes to the results from any later question once the two required answers are given', () => {
    const toGoal = [{ type: 'quiz.start' } as QuizEvent, select('for', 'me'), next, toggle('concerns', 'alcohol'), next];
    expect(run(toGoal).value).toBe('goal');
    expect(run([...toGoal, { type: 'quiz.finish' }]).value).toBe('results');
    expect(run([{ type: 'quiz.start' }, select('for', 'me'), next, { type: 'quiz.finish' }]).value).toBe('concerns');
  });

  it('Back and Forward may open any page the answers allow, and nothing else', () => {
    const atGoal = [{ type: 'quiz.start' } as QuizEvent, select('for', 'me'), next, toggle('concerns', 'alcohol'), next];
    expect(run([...atGoal, { type: 'nav.to', view: 'concerns' }]).value).toBe('concerns');
    expect(run([...atGoal, { type: 'nav.to', view: 'results' }]).value).toBe('results');
    expect(run([...atGoal, { type: 'nav.to', view: 'start' }]).value).toBe('start');
    // Not on this path, or required answers missing: refused, the page stays.
    expect(run([...atGoal, { type: 'nav.to', view: 'relationship' }]).value).toBe('goal');
    expect(run([{ type: 'quiz.start' }, { type: 'nav.to', view: 'goal' }]).value).toBe('for');
    expect(run([{ type: 'quiz.start' }, { type: 'nav.to', view: 'check' }]).value).toBe('for');
    // A Change link's "back to the check page" does not survive leaving by Back.
    const changed = run([...atGoal, { type: 'nav.to', view: 'check' }, { type: 'answers.change', step: 'goal' }, { type: 'nav.to', view: 'check' }]);
    expect(changed.context.returnToCheck).toBe(false);
  });

  it('a reload restores the page when kept answers allow it, and otherwise says the answers were not kept', () => {
    const kept = run([{ type: 'nav.restore', view: 'goal' }], { answers: { for: 'me', concerns: ['alcohol'] }, remember: true });
    expect(kept.value).toBe('goal');
    const lost = run([{ type: 'nav.restore', view: 'goal' }]);
    expect(lost.value).toBe('start');
    expect(lost.context.notice).toBe('answers-not-kept');
  });

  it('forgets family answers when the person switches back to "for me"', () => {
    const snapshot = run([
      { type: 'quiz.start' }, select('for', 'someone-else'), next,
      select('relationship', 'partner'), next, back, back, select('for', 'me'),
    ]);
    expect(snapshot.context.answers).toEqual({ for: 'me' });
  });

  it('skips the gender-specific question for "prefer not to say", and when gender is skipped', () => {
    const toGender = [
      { type: 'quiz.start' } as QuizEvent, select('for', 'me'), next, toggle('concerns', 'alcohol'), next, skip, skip, skip, skip,
    ];
    expect(run(toGender).value).toBe('gender');
    expect(run([...toGender, select('gender', 'prefer-not-to-say'), next]).value).toBe('lgbtq');
    expect(run([...toGender, select('gender', 'woman'), next]).value).toBe('genderSpecific');
    expect(run([...toGender, select('gender', 'woman'), skip]).value).toBe('lgbtq');
  });

  it('does not ask about faith after "no religion", and comes back past it correctly', () => {
    const toSpirit = [
      { type: 'quiz.start' } as QuizEvent, select('for', 'me'), next, toggle('concerns', 'alcohol'), next,
      skip, skip, skip, skip, skip, skip,
    ];
    expect(run(toSpirit).value).toBe('spirituality');
    expect(run([...toSpirit, select('spirituality', 'secular'), next]).value).toBe('style');
    expect(run([...toSpirit, select('spirituality', 'secular'), next, back]).value).toBe('spirituality');
    expect(run([...toSpirit, select('spirituality', 'open'), next]).value).toBe('faith');
  });

  it('toggles checkbox answers on and off', () => {
    const snapshot = run([
      { type: 'quiz.start' }, select('for', 'me'), next,
      toggle('concerns', 'alcohol'), toggle('concerns', 'gambling'), toggle('concerns', 'alcohol'),
    ]);
    expect(snapshot.context.answers.concerns).toEqual(['gambling']);
  });

  it('reaches the check page, then results, and a Change link returns to the check page', () => {
    const check = skipAll([{ type: 'quiz.start' }, select('for', 'me'), next, toggle('concerns', 'alcohol'), next]);
    expect(check.value).toBe('check');
    const actor = createActor(quizMachine(), { input: {} }).start();
    for (const e of [{ type: 'quiz.start' } as QuizEvent, select('for', 'me'), next, toggle('concerns', 'alcohol'), next]) actor.send(e);
    while (actor.getSnapshot().value !== 'check') actor.send(skip);
    actor.send({ type: 'answers.change', step: 'goal' });
    expect(actor.getSnapshot().value).toBe('goal');
    actor.send(select('goal', 'stop'));
    actor.send(next);
    expect(actor.getSnapshot().value).toBe('check');
    expect(actor.getSnapshot().context.answers.goal).toBe('stop');
    actor.send({ type: 'answers.confirm' });
    expect(actor.getSnapshot().value).toBe('results');
  });

  it('cannot change a question that is not asked on this path', () => {
    const check = skipAll([{ type: 'quiz.start' }, select('for', 'me'), next, toggle('concerns', 'alcohol'), next]);
    expect(check.can({ type: 'answers.change', step: 'relationship' })).toBe(false);
    expect(check.can({ type: 'answers.change', step: 'goal' })).toBe(true);
  });

  it('goes back from the first question to the start page', () => {
    expect(run([{ type: 'quiz.start' }, back]).value).toBe('start');
  });

  it('opens results directly for a valid shared link, and forgets everything on restart', () => {
    const loaded = run([{ type: 'answers.load', answers: { for: 'me', concerns: ['gambling'] } }]);
    expect(loaded.value).toBe('results');
    const restarted = run([{ type: 'answers.load', answers: { for: 'me', concerns: ['gambling'] } }, { type: 'quiz.restart' }]);
    expect(restarted.value).toBe('start');
    expect(restarted.context.answers).toEqual({});
  });

  it('keeps clinic presets as answers the person can still change', () => {
    const snapshot = run([{ type: 'quiz.start' }, next], { answers: { for: 'someone-else', region: 'uk' } });
    expect(snapshot.value).toBe('relationship');
    expect(snapshot.context.answers.region).toBe('uk');
    const changed = run([{ type: 'quiz.start' }, select('for', 'me'), next], { answers: { for: 'someone-else' } });
    expect(changed.value).toBe('concerns');
  });
});
