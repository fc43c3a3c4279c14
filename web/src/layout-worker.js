// The layout worker: lays a graph out with fCoSE off the page's thread, so
// the page keeps answering while a large neighbourhood is placed. It gets
// { id, elements, randomize } and answers { id, positions, ms } or
// { id, error }.

import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layoutPositions } from './layout.js';

cytoscape.use(fcose);

self.onmessage = (ev) => {
  const { id, elements, randomize } = ev.data;
  try {
    const t0 = performance.now();
    const positions = layoutPositions(cytoscape, elements, randomize);
    self.postMessage({ id, positions, ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
