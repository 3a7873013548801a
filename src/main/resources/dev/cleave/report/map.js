// The service map: services drawn with cytoscape.js, each expandable into its packages.
//
// Positions are stable: fCoSE draws its random numbers from Math.random, which is replaced by a
// generator seeded from the report's data for the length of each layout run. The first layout
// starts from random positions; expanding or collapsing a service starts from the current
// positions, so the rest of the map stays where it was.
(function () {
  'use strict';

  var report = window.cleaveReport;
  var doc = document;
  var container = doc.getElementById('map-canvas');
  var info = doc.getElementById('map-info');
  var status = doc.getElementById('map-status');
  if (!report || !container) {
    return;
  }
  if (typeof window.cytoscape !== 'function' || typeof window.cytoscapeFcose !== 'function') {
    status.textContent = 'The map could not be drawn: its library did not load.';
    return;
  }
  window.cytoscape.use(window.cytoscapeFcose);

  var map = report.data.map;
  var services = map.services;
  var packages = map.packages;
  var expanded = {};
  var minWeight = map.minWeight;
  var minWeightInput = doc.getElementById('min-weight');

  // Mulberry32, a 32-bit generator: small, fast and good enough for a layout.
  function seededRandom(seed) {
    var state = seed >>> 0;
    return function () {
      state = (state + 0x6D2B79F5) >>> 0;
      var t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function withSeededRandom(run) {
    var original = Math.random;
    Math.random = seededRandom(map.layoutSeed);
    try {
      run();
    } finally {
      Math.random = original;
    }
  }

  function cssVariable(name, fallback) {
    var value = getComputedStyle(doc.documentElement).getPropertyValue(name).trim();
    return value || fallback;
  }

  var colors = {
    text: cssVariable('--fg', '#1d2125'),
    muted: cssVariable('--muted', '#5d6670'),
    accent: cssVariable('--accent', '#1f6feb'),
    background: cssVariable('--bg', '#ffffff'),
    line: cssVariable('--line', '#d8dde2'),
    bad: cssVariable('--bad', '#b42318')
  };

  function nodeSize(classes) {
    return Math.round(28 + 10 * Math.sqrt(classes));
  }

  function visibleId(pkgIndex) {
    var pkg = packages[pkgIndex];
    return expanded[pkg.service] ? pkg.id : services[pkg.service].id;
  }

  function isServiceEdge(from, to) {
    return !expanded[packages[from].service] && !expanded[packages[to].service];
  }

  // Sums the package edges into edges between the visible nodes.
  function visibleEdges() {
    var sums = {};
    var keys = [];
    map.edges.forEach(function (edge) {
      var source = visibleId(edge[0]);
      var target = visibleId(edge[1]);
      if (source === target) {
        return;
      }
      var key = source + ' ' + target;
      if (!(key in sums)) {
        sums[key] = { source: source, target: target, weight: 0, services: true };
        keys.push(key);
      }
      sums[key].weight += edge[2];
      sums[key].services = sums[key].services && isServiceEdge(edge[0], edge[1]);
    });
    return keys.map(function (key) {
      return sums[key];
    });
  }

  function edgeElements() {
    var edges = visibleEdges();
    var shown = edges.filter(function (edge) {
      return !edge.services || edge.weight >= minWeight;
    });
    var max = 1;
    shown.forEach(function (edge) {
      max = Math.max(max, edge.weight);
    });
    var present = {};
    shown.forEach(function (edge) {
      present[edge.source + ' ' + edge.target] = true;
    });
    status.textContent = shown.length + ' of ' + edges.length + ' dependencies shown';
    return shown.map(function (edge) {
      var mutual = present[edge.target + ' ' + edge.source] === true;
      return {
        group: 'edges',
        data: {
          id: 'e' + edge.source + '-' + edge.target,
          source: edge.source,
          target: edge.target,
          weight: edge.weight,
          width: 1 + 6 * Math.log(edge.weight) / Math.log(Math.max(2, max))
        },
        classes: mutual ? 'mutual' : ''
      };
    });
  }

  function serviceElement(index) {
    var service = services[index];
    var size = nodeSize(service.classes);
    return {
      group: 'nodes',
      data: {
        id: service.id,
        service: index,
        label: service.name + '\n' + service.classes + ' classes',
        size: size
      },
      classes: expanded[index] ? 'service expanded' : 'service'
    };
  }

  function packageElements(index) {
    return packages.filter(function (pkg) {
      return pkg.service === index;
    }).map(function (pkg) {
      return {
        group: 'nodes',
        data: {
          id: pkg.id,
          parent: services[index].id,
          service: index,
          label: pkg.label + '\n' + pkg.classes,
          size: Math.round(nodeSize(pkg.classes) * 0.7)
        },
        classes: 'package'
      };
    });
  }

  var cy = window.cytoscape({
    container: container,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    style: [
      {
        selector: 'node',
        style: {
          'label': 'data(label)',
          'text-wrap': 'wrap',
          'text-valign': 'center',
          'text-halign': 'center',
          'font-size': 11,
          'color': colors.text,
          'text-outline-color': colors.background,
          'text-outline-width': 2,
          'width': 'data(size)',
          'height': 'data(size)',
          'shape': 'round-rectangle',
          'background-color': colors.accent,
          'background-opacity': 0.35,
          'border-width': 1,
          'border-color': colors.accent
        }
      },
      {
        selector: 'node.expanded',
        style: {
          'text-valign': 'top',
          'background-opacity': 0.08,
          'border-style': 'dashed',
          'padding': 12
        }
      },
      {
        selector: 'node.package',
        style: { 'shape': 'ellipse', 'font-size': 9, 'background-opacity': 0.2 }
      },
      {
        selector: 'edge',
        style: {
          'width': 'data(width)',
          'curve-style': 'bezier',
          'line-color': colors.muted,
          'target-arrow-color': colors.muted,
          'target-arrow-shape': 'triangle',
          'arrow-scale': 0.8,
          'opacity': 0.55
        }
      },
      {
        selector: 'edge.mutual',
        style: { 'line-color': colors.bad, 'target-arrow-color': colors.bad }
      },
      {
        selector: 'edge.shown-weight',
        style: {
          'label': 'data(weight)',
          'font-size': 10,
          'color': colors.text,
          'text-background-color': colors.background,
          'text-background-opacity': 0.85,
          'opacity': 1
        }
      },
      {
        selector: 'node:selected',
        style: { 'border-width': 3, 'border-color': colors.text }
      },
      {
        selector: '.faded',
        style: { 'opacity': 0.15 }
      }
    ]
  });
  report.map = cy;

  function build() {
    var elements = [];
    services.forEach(function (service, index) {
      elements.push(serviceElement(index));
      if (expanded[index]) {
        elements = elements.concat(packageElements(index));
      }
    });
    return elements.concat(edgeElements());
  }

  function layout(randomize) {
    withSeededRandom(function () {
      cy.layout({
        name: 'fcose',
        quality: 'default',
        randomize: randomize,
        animate: false,
        fit: true,
        padding: 24,
        nodeDimensionsIncludeLabels: true,
        nodeRepulsion: 9000,
        idealEdgeLength: 110,
        edgeElasticity: 0.3,
        nestingFactor: 0.1,
        gravity: 0.3,
        numIter: 2500,
        tile: true
      }).run();
    });
    limitZoom();
  }

  // A map of a few services would otherwise fill the canvas with a few huge nodes.
  function limitZoom() {
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  }

  // Replaces the elements with the current state, keeping the positions of nodes that stay,
  // and places a newly shown package near its service.
  function rebuild() {
    var positions = {};
    cy.nodes().forEach(function (node) {
      positions[node.id()] = Object.assign({}, node.position());
    });
    cy.batch(function () {
      cy.elements().remove();
      cy.add(build());
      cy.nodes().forEach(function (node) {
        var own = positions[node.id()];
        var parent = positions[services[node.data('service')].id];
        if (own) {
          node.position(own);
        } else if (parent) {
          node.position({ x: parent.x + (node.id().length % 7) * 4, y: parent.y });
        }
      });
    });
  }

  function refreshEdges() {
    cy.batch(function () {
      cy.edges().remove();
      cy.add(edgeElements());
    });
  }

  function toggle(index) {
    expanded[index] = !expanded[index];
    rebuild();
    layout(false);
    showInfo(cy.getElementById(services[index].id));
  }

  function setAll(value) {
    services.forEach(function (service, index) {
      expanded[index] = value;
    });
    rebuild();
    layout(!value);
  }

  function neighbourList(title, edges, end) {
    var box = doc.createElement('div');
    var heading = doc.createElement('h4');
    heading.textContent = title;
    box.appendChild(heading);
    var list = doc.createElement('ul');
    edges.sort(function (a, b) {
      return b.data('weight') - a.data('weight');
    }).slice(0, 10).forEach(function (edge) {
      var item = doc.createElement('li');
      item.textContent = edge[end]().data('label').split('\n')[0] + ': ' + edge.data('weight');
      list.appendChild(item);
    });
    if (edges.length === 0) {
      var none = doc.createElement('li');
      none.textContent = 'none shown';
      list.appendChild(none);
    }
    box.appendChild(list);
    return box;
  }

  function showInfo(node) {
    info.textContent = '';
    var index = node.data('service');
    var service = services[index];
    var heading = doc.createElement('h3');
    var facts = doc.createElement('p');
    if (node.hasClass('package')) {
      var pkg = packages.filter(function (p) {
        return p.id === node.id();
      })[0];
      heading.textContent = pkg.name;
      facts.textContent = pkg.classes + ' classes, in service ' + service.name;
    } else {
      heading.textContent = service.name;
      facts.textContent = service.classes + ' classes, ' + service.lines + ' lines';
    }
    info.appendChild(heading);
    info.appendChild(facts);
    var open = doc.createElement('a');
    open.href = '#' + service.id;
    open.textContent = 'Open the service page';
    info.appendChild(open);
    var button = doc.createElement('button');
    button.type = 'button';
    button.textContent = expanded[index] ? 'Hide packages' : 'Show packages';
    button.addEventListener('click', function () {
      toggle(index);
    });
    var buttons = doc.createElement('p');
    buttons.appendChild(button);
    info.appendChild(buttons);
    info.appendChild(neighbourList('Uses', node.outgoers('edge').toArray(), 'target'));
    info.appendChild(neighbourList('Used by', node.incomers('edge').toArray(), 'source'));
  }

  function highlight(node) {
    cy.batch(function () {
      cy.elements().removeClass('faded shown-weight');
      if (!node) {
        return;
      }
      var near = node.closedNeighborhood().union(node.ancestors()).union(node.descendants());
      near = near.union(near.descendants()).union(near.ancestors());
      cy.elements().not(near).addClass('faded');
      node.connectedEdges().addClass('shown-weight');
    });
  }

  cy.on('tap', 'node', function (event) {
    highlight(event.target);
    showInfo(event.target);
  });
  cy.on('tap', function (event) {
    if (event.target === cy) {
      highlight(null);
    }
  });
  cy.on('dbltap', 'node.service', function (event) {
    toggle(event.target.data('service'));
  });
  cy.on('mouseover', 'edge', function (event) {
    event.target.addClass('shown-weight');
  });
  cy.on('mouseout', 'edge', function (event) {
    if (!event.target.connectedNodes(':selected').length) {
      event.target.removeClass('shown-weight');
    }
  });

  minWeightInput.addEventListener('change', function () {
    var value = parseInt(minWeightInput.value, 10);
    minWeight = isNaN(value) || value < 1 ? 1 : value;
    refreshEdges();
  });
  doc.getElementById('map-fit').addEventListener('click', function () {
    cy.fit(undefined, 24);
    limitZoom();
  });
  doc.getElementById('map-expand-all').addEventListener('click', function () {
    setAll(true);
  });
  doc.getElementById('map-collapse-all').addEventListener('click', function () {
    setAll(false);
  });

  cy.add(build());
  layout(true);
  report.ready = true;
  report.readyAt = performance.now();
})();
