export default function DirectoryPage() {
  return <h1 className="heading-l">All groups</h1>;
}
