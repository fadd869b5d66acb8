/** Route #/groups/<id>: one group's full profile, or a friendly page when the id is unknown. */
import { useTranslation } from 'react-i18next';
import { useViewData } from '../content/useViewData';
import { GroupNotFound } from '../directory/GroupNotFound';
import { ProfileView } from '../directory/ProfileView';
import { useFocusHeading } from '../useFocusHeading';

export default function ProfilePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const data = useViewData();
  // Moving between profiles keeps this page mounted: take focus to the new name.
  const headingRef = useFocusHeading(id);
  if (!data) return <p role="status" className="loading-state">{t('app.loading')}</p>;
  const profile = data.catalogue.find((p) => p.id === id);
  if (!profile) return <GroupNotFound headingRef={headingRef} />;
  return <ProfileView profile={profile} headingRef={headingRef} />;
}
