export default function InfoPage({ page }: { page: string }) {
  return <h1 className="heading-l">{page}</h1>;
}
