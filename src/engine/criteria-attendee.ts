/**
 * Fit criteria about the person who will go to the meetings: beliefs, style,
 * gender, age, formats, privacy, and (for family members) what they want help with.
 */
import { describesAttendee, formatsIn, isFamilyGroup, isOnline, termsOf, type CriteriaTable, type Fit } from './fit';

const average = (fits: Fit[]): number => fits.reduce((sum, f) => sum + f.fit, 0) / fits.length;

export const attendeeCriteria: CriteriaTable = {
  spirituality(profile, ctx) {
    const wish = ctx.answers.spirituality;
    if (!describesAttendee(ctx) || wish === undefined || wish === 'not-sure') return null;
    const place = profile.spirituality;
    const cause = 'spirituality' as const;
    if (wish === 'wants') {
      if (place === 'central') return { fit: 1, reason: { key: 'reason.spirituality.wantsCentral', cause } };
      if (place === 'optional') return { fit: 0.7, reason: { key: 'reason.spirituality.optional', cause } };
      return { fit: 0.2, caution: { key: 'caution.spirituality.none', cause } };
    }
    if (wish === 'open') {
      if (place === 'optional') return { fit: 1, reason: { key: 'reason.spirituality.optional', cause } };
      if (place === 'central') return { fit: 0.8, reason: { key: 'reason.spirituality.openCentral', cause } };
      return { fit: 0.9, reason: { key: 'reason.spirituality.openNone', cause } };
    }
    if (place === 'none') return { fit: 1, reason: { key: 'reason.spirituality.secularNone', cause } };
    if (place === 'optional') return { fit: 0.7, reason: { key: 'reason.spirituality.optional', cause } };
    return { fit: 0.15, caution: { key: 'caution.spirituality.central', cause, note: { profile: profile.id, field: 'secular' } } };
  },

  faith(profile, ctx) {
    const faith = ctx.answers.faith;
    if (!describesAttendee(ctx) || faith === undefined || faith === 'other') return null;
    if (faith === 'none') {
      return profile.faith ? { fit: 0.3, caution: { key: 'caution.faith.builtOnFaith', terms: { faith: [`faith.${profile.faith}`] }, cause: 'faith' } } : null;
    }
    const terms = { faith: [`faith.${faith}`] };
    if (profile.faith === faith) return { fit: 1, reason: { key: 'reason.faith.builtOn', terms, cause: 'faith' } };
    if (profile.roots === faith) return { fit: 0.9, reason: { key: 'reason.faith.roots', terms, cause: 'faith' } };
    return null;
  },

  style(profile, ctx) {
    const wanted = ctx.answers.style ?? [];
    if (!describesAttendee(ctx) || wanted.length === 0) return null;
    const offered = wanted.filter((s) => profile.styles.includes(s));
    if (offered.length === 0) {
      return { fit: 0, caution: { key: 'caution.style.none', terms: { styles: termsOf('style', wanted) }, cause: 'style' } };
    }
    return { fit: offered.length / wanted.length, reason: { key: 'reason.style.match', terms: { styles: termsOf('style', offered) }, cause: 'style' } };
  },

  gender(profile, ctx) {
    const { gender, genderSpecific } = ctx.answers;
    if (!describesAttendee(ctx)) return null;
    const only = profile.genderOnly;
    if (only) {
      const terms = { gender: [`groupGender.${only}`] };
      const known = gender !== undefined && gender !== 'prefer-not-to-say';
      // A person of another gender never gets here (hard rule 2).
      if (!known) return { fit: 0.5, caution: { key: 'caution.gender.onlyFor', terms, cause: 'gender' } };
      return genderSpecific
        ? { fit: 1, reason: { key: 'reason.gender.onlyWanted', terms, cause: 'genderSpecific' } }
        : { fit: 0.8, reason: { key: 'reason.gender.only', terms, cause: 'gender' } };
    }
    if (!genderSpecific) return null;
    const own = gender === 'woman' ? 'women' : gender === 'man' ? 'men' : undefined;
    if (own && (profile.specialMeetings ?? []).includes(own)) {
      return { fit: 0.8, reason: { key: 'reason.gender.someMeetings', terms: { gender: [`groupGender.${own}`] }, cause: 'genderSpecific' } };
    }
    return { fit: 0.3, caution: { key: 'caution.gender.mixed', cause: 'genderSpecific' } };
  },

  lgbtq(profile, ctx) {
    if (!describesAttendee(ctx) || !ctx.answers.lgbtq) return null;
    return (profile.specialMeetings ?? []).includes('lgbtq')
      ? { fit: 1, reason: { key: 'reason.lgbtq.meetings', cause: 'lgbtq' } }
      : { fit: 0.4, caution: { key: 'caution.lgbtq.notFound', cause: 'lgbtq' } };
  },

  age(profile, ctx) {
    const age = ctx.answers.age;
    if (!describesAttendee(ctx) || age === undefined) return null;
    if (age === 'under-18') {
      if (profile.age === 'teens-only') return { fit: 1, reason: { key: 'reason.age.teens', cause: 'age' } };
      if (profile.age === 'any') return { fit: 0.8, reason: { key: 'reason.age.any', cause: 'age' } };
      return { fit: 0.4, caution: { key: 'caution.age.notStated', cause: 'age' } };
    }
    if (age === '18-25' && (profile.specialMeetings ?? []).includes('young-people')) {
      return { fit: 1, reason: { key: 'reason.age.youngPeople', cause: 'age' } };
    }
    return null;
  },

  formats(profile, ctx) {
    const wanted = ctx.answers.formats ?? [];
    if (!describesAttendee(ctx) || wanted.length === 0) return null;
    const here = formatsIn(profile, ctx.answers.region);
    const offered = wanted.filter((f) => here.includes(f));
    const missing = wanted.filter((f) => !here.includes(f));
    const fit: Fit = { fit: offered.length ? 0.6 + 0.4 * (offered.length / wanted.length) : 0 };
    if (offered.length) fit.reason = { key: 'reason.formats.match', terms: { formats: termsOf('format', offered) }, cause: 'formats' };
    if (missing.length) fit.caution = { key: 'caution.formats.missing', terms: { formats: termsOf('format', missing) }, cause: 'formats' };
    return fit;
  },

  privacy(profile, ctx) {
    const needs = ctx.answers.privacy ?? [];
    if (!describesAttendee(ctx) || needs.length === 0) return null;
    const here = formatsIn(profile, ctx.answers.region);
    const fits: Fit[] = needs.map((need): Fit => {
      if (need === 'anonymous') {
        return profile.anonymity ? { fit: 1, reason: { key: 'reason.privacy.anonymous', cause: 'privacy' } } : { fit: 0.5 };
      }
      if (need === 'no-camera') {
        const noCamera = profile.cameraOptional || here.includes('phone') || here.includes('online-text') || here.includes('in-person');
        return noCamera
          ? { fit: 1, reason: { key: profile.cameraOptional ? 'reason.privacy.cameraOptional' : 'reason.privacy.noCamera', cause: 'privacy' } }
          : { fit: 0.4, caution: { key: 'caution.privacy.camera', cause: 'privacy' } };
      }
      return here.some(isOnline)
        ? { fit: 1, reason: { key: 'reason.privacy.online', cause: 'privacy' } }
        : { fit: 0.3, caution: { key: 'caution.privacy.inPersonOnly', cause: 'privacy' } };
    });
    return {
      fit: average(fits),
      ...firstOf(fits, 'reason'),
      ...firstOf(fits, 'caution'),
    };
  },

  familyGoal(profile, ctx) {
    const goal = ctx.answers.familyGoal;
    if (!isFamilyGroup(profile) || ctx.list !== 'forYou' || goal === undefined) return null;
    const offers = profile.familySupport ?? [];
    const cope = offers.includes('cope');
    const helpThem = offers.includes('help-them');
    const craft = profile.approaches.includes('craft');
    const helpReason = { key: craft ? 'reason.familyGoal.craft' : 'reason.familyGoal.helpThem', cause: 'familyGoal' as const };
    const copeReason = { key: 'reason.familyGoal.cope', cause: 'familyGoal' as const };
    if (goal === 'help-them') {
      return helpThem ? { fit: 1, reason: helpReason } : { fit: 0.4, caution: { key: 'caution.familyGoal.copeOnly', cause: 'familyGoal' } };
    }
    if (goal === 'cope') {
      return cope ? { fit: 1, reason: copeReason } : { fit: 0.6, caution: { key: 'caution.familyGoal.helpOnly', cause: 'familyGoal' } };
    }
    if (cope && helpThem) return { fit: 1, reason: helpReason };
    return cope
      ? { fit: 0.7, reason: copeReason, caution: { key: 'caution.familyGoal.copeOnly', cause: 'familyGoal' } }
      : { fit: 0.7, reason: helpReason, caution: { key: 'caution.familyGoal.helpOnly', cause: 'familyGoal' } };
  },

  relationship(profile, ctx) {
    const relationship = ctx.answers.relationship;
    if (!isFamilyGroup(profile) || ctx.list !== 'forYou' || relationship === undefined) return null;
    const builtFor = profile.relationships;
    // A group built for exactly this relationship (adult children, say) fits best; one open to every relative fits well.
    if (!builtFor?.length) return { fit: 0.75, reason: { key: 'reason.relationship.anyone', cause: 'relationship' } };
    const terms = { relationships: termsOf('relationshipGroup', builtFor) };
    return builtFor.includes(relationship)
      ? { fit: 1, reason: { key: 'reason.relationship.builtFor', terms, cause: 'relationship' } }
      : { fit: 0.2, caution: { key: 'caution.relationship.builtForOthers', terms, cause: 'relationship' } };
  },
};

function firstOf(fits: Fit[], field: 'reason' | 'caution'): Partial<Fit> {
  const found = fits.find((f) => f[field]);
  return found ? { [field]: found[field] } : {};
}
