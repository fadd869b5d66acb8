/**
 * Fit criteria about the person who will go to the meetings: beliefs, style, gender, age,
 * formats, privacy and language. Population groups (one gender, one faith…) are scored in
 * criteria-problem.ts `population`; these only add the finer points.
 */
import { describesAttendee, fitOf, formatsIn, isOnline, termsOf, type CriteriaTable, type Fit } from './fit';
import { POINTS } from './weights';

/** Kinds of meeting where nobody sees the person on camera. */
const CAMERA_FREE = ['in-person', 'phone', 'online-text'] as const;

export const attendeeCriteria: CriteriaTable = {
  spirituality(profile, ctx) {
    const wish = ctx.answers.spirituality;
    if (!describesAttendee(ctx) || wish === undefined || wish === 'not-sure') return null;
    const place = profile.spirituality;
    const points = POINTS.spirituality[wish][place];
    const cause = 'spirituality' as const;
    const key = {
      wants: { central: 'reason.spirituality.wantsCentral', optional: 'reason.spirituality.optional', none: 'caution.spirituality.none' },
      open: { central: 'reason.spirituality.openCentral', optional: 'reason.spirituality.optional', none: 'reason.spirituality.openNone' },
      secular: { central: 'caution.spirituality.central', optional: 'reason.spirituality.optional', none: 'reason.spirituality.secularNone' },
    }[wish][place];
    const note = wish === 'secular' && place === 'central' ? { note: { profile: profile.id, field: 'secular' as const } } : {};
    return fitOf(points, { key, cause, ...note });
  },

  faith(profile, ctx) {
    const faith = ctx.answers.faith;
    // Groups built on a faith are scored as a population; here only a tradition a group draws on.
    if (!describesAttendee(ctx) || faith === undefined || profile.roots !== faith) return null;
    return { points: POINTS.faithRoots, reason: { key: 'reason.faith.roots', terms: { faith: [`faith.${faith}`] }, cause: 'faith' } };
  },

  style(profile, ctx) {
    const wanted = ctx.answers.style ?? [];
    if (!describesAttendee(ctx) || wanted.length === 0) return null;
    const offered = wanted.filter((s) => profile.styles.includes(s));
    if (offered.length === 0) {
      return { points: POINTS.style.none, caution: { key: 'caution.style.none', terms: { styles: termsOf('style', wanted) }, cause: 'style' } };
    }
    return {
      points: POINTS.style.share * (offered.length / wanted.length),
      reason: { key: 'reason.style.match', terms: { styles: termsOf('style', offered) }, cause: 'style' },
    };
  },

  gender(profile, ctx) {
    const { gender, genderSpecific } = ctx.answers;
    if (!describesAttendee(ctx) || !genderSpecific) return null;
    const own = gender === 'woman' ? 'women' : gender === 'man' ? 'men' : undefined;
    if (!own) return null;
    const terms = { gender: [`groupGender.${own}`] };
    // A person of another gender never gets here (hard rule 2).
    if (profile.genderOnly === own) return { points: POINTS.gender.onlyWanted, reason: { key: 'reason.gender.onlyWanted', terms, cause: 'genderSpecific' } };
    if ((profile.specialMeetings ?? []).includes(own)) {
      return { points: POINTS.gender.someMeetings, reason: { key: 'reason.gender.someMeetings', terms, cause: 'genderSpecific' } };
    }
    return { points: POINTS.gender.mixed, caution: { key: 'caution.gender.mixed', cause: 'genderSpecific' } };
  },

  lgbtq(profile, ctx) {
    if (!describesAttendee(ctx) || !ctx.answers.lgbtq || profile.builtFor?.includes('lgbtq')) return null;
    return (profile.specialMeetings ?? []).includes('lgbtq')
      ? { points: POINTS.lgbtq.meetings, reason: { key: 'reason.lgbtq.meetings', cause: 'lgbtq' } }
      : { points: POINTS.lgbtq.notFound, caution: { key: 'caution.lgbtq.notFound', cause: 'lgbtq' } };
  },

  age(profile, ctx) {
    const age = ctx.answers.age;
    if (!describesAttendee(ctx) || age === undefined || profile.builtFor?.includes('teens')) return null;
    if (age === 'under-18') {
      return profile.age === 'any'
        ? { points: POINTS.age.teensAny, reason: { key: 'reason.age.any', cause: 'age' } }
        : { points: POINTS.age.teensNotStated, caution: { key: 'caution.age.notStated', cause: 'age' } };
    }
    if (age === '18-25' && (profile.specialMeetings ?? []).includes('young-people')) {
      return { points: POINTS.age.youngPeopleMeetings, reason: { key: 'reason.age.youngPeople', cause: 'age' } };
    }
    return null;
  },

  /** Reach (criteria-problem.ts) already scores what the person can attend; this names formats it lacks. */
  formats(profile, ctx) {
    const wanted = ctx.answers.formats ?? [];
    if (!describesAttendee(ctx) || wanted.length === 0) return null;
    const here = formatsIn(profile, ctx.answers.region);
    const offered = wanted.filter((f) => here.includes(f));
    const missing = wanted.filter((f) => !here.includes(f));
    // With none offered, reach gives the caution.
    if (offered.length === 0) return null;
    const fit: Fit = { points: POINTS.formats.missing * missing.length };
    fit.reason = { key: ctx.answers.region ? 'reason.formats.match' : 'reason.formats.matchAnywhere', terms: { formats: termsOf('format', offered) }, cause: 'formats' };
    if (missing.length) fit.caution = { key: 'caution.formats.missing', terms: { formats: termsOf('format', missing) }, cause: 'formats' };
    return fit;
  },

  privacy(profile, ctx) {
    const needs = ctx.answers.privacy ?? [];
    if (!describesAttendee(ctx) || needs.length === 0) return null;
    const here = formatsIn(profile, ctx.answers.region);
    const fits = needs.map((need): Fit | null => {
      const P = POINTS.privacy;
      if (need === 'anonymous') {
        // No source either way is "not known", not a poor fit.
        return profile.anonymity ? { points: P.fits, reason: { key: 'reason.privacy.anonymous', cause: 'privacy' } } : null;
      }
      if (need === 'no-camera') {
        if (profile.cameraOptional) return { points: P.fits, reason: { key: 'reason.privacy.cameraOptional', cause: 'privacy' } };
        // Only the camera-free kinds it offers where the person lives, and that the person said they can use.
        const usable = ctx.answers.formats?.length ? ctx.answers.formats : undefined;
        const cameraFree = CAMERA_FREE.filter((format) => here.includes(format) && (!usable || usable.includes(format)));
        return cameraFree.length
          ? { points: P.fits, reason: { key: 'reason.privacy.noCamera', terms: { formats: termsOf('format', cameraFree) }, cause: 'privacy' } }
          : { points: P.doesNot, caution: { key: 'caution.privacy.camera', cause: 'privacy' } };
      }
      return here.some(isOnline)
        ? { points: P.fits, reason: { key: 'reason.privacy.online', cause: 'privacy' } }
        : { points: P.doesNot, caution: { key: 'caution.privacy.inPersonOnly', cause: 'privacy' } };
    });
    const given = fits.filter((f): f is Fit => f !== null);
    if (given.length === 0) return null;
    return {
      points: given.reduce((sum, f) => sum + f.points, 0),
      reason: given.find((f) => f.reason)?.reason,
      caution: given.find((f) => f.caution)?.caution,
    };
  },

  language(profile, ctx) {
    if (!describesAttendee(ctx) || ctx.answers.language !== 'es') return null;
    const spanish = profile.contacts.some((c) => c.spanish) || (profile.specialMeetings ?? []).includes('spanish');
    return spanish
      ? { points: POINTS.language.spanish, reason: { key: 'reason.language.spanish', cause: 'language' } }
      : { points: POINTS.language.noSpanish, caution: { key: 'caution.language.noSpanish', cause: 'language' } };
  },
};
