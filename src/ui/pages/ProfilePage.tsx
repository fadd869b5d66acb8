export default function ProfilePage({ id }: { id: string }) {
  return <h1 className="heading-l">{id}</h1>;
}
