export default function ResultsPage() {
  return <h1 className="heading-l">Results</h1>;
}
