import { Frame } from './Frame';
import { HostProvider } from './HostContext';

export function App() {
  return (
    <HostProvider>
      <Frame />
    </HostProvider>
  );
}
