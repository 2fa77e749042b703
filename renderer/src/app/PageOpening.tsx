/** What a page shows while its code is on its way. */
export function PageOpening() {
  return <p className="frame-loading">正在打开……</p>;
}
