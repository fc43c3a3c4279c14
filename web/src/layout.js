// The graph layout shared by the page and the layout worker: fCoSE with the
// same options and the same node sizes on both, so a layout computed off
// the page's thread places the nodes as one computed on it would.

// nodeSizes are the style rules that give nodes their size; the page draws
// with them and the worker's headless graph lays out with them.
export const nodeSizes = [
  { selector: 'node', style: { width: 26, height: 26, 'border-width': 1 } },
  { selector: 'node.focus', style: { width: 38, height: 38, 'border-width': 4 } },
  { selector: 'node.expanded', style: { 'border-width': 3 } },
];

// smallGraph is the most nodes whose layout keeps labels apart.
export const smallGraph = 60;

// layoutOptions picks fCoSE, a force-directed layout that starts from a
// spectral draft, so a few hundred nodes lay out in well under a second.
// randomize false keeps the nodes near where they are, for an expansion.
export function layoutOptions(n, randomize) {
  return {
    name: 'fcose',
    quality: 'default',
    // Fewer force iterations for large graphs: the spectral draft already
    // places them, and the page must answer within a few seconds.
    numIter: n > 300 ? 1000 : 2500,
    randomize,
    animate: false,
    // The graph fits itself afterwards, with a cap on the zoom.
    fit: false,
    // A small graph makes room for its labels, so they do not overlap;
    // a large one is read by zooming in.
    nodeDimensionsIncludeLabels: n <= smallGraph,
    packComponents: true,
    idealEdgeLength: () => 70,
    nodeRepulsion: () => 6000,
    nodeSeparation: 60,
  };
}

// layoutPositions lays out elements (Cytoscape element JSON: nodes with
// data.id, optional position and classes; edges with data.source and
// data.target) on a headless graph made by cytoscape, and returns each
// node's position by ID.
export function layoutPositions(cytoscape, elements, randomize) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: nodeSizes, elements });
  try {
    cy.layout(layoutOptions(cy.nodes().length, randomize)).run();
    const positions = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: p.x, y: p.y };
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
