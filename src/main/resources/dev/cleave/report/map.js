// The service map: services drawn with cytoscape.js, each expandable into its packages.
//
// Positions are stable. fCoSE draws its random numbers from Math.random, which is replaced by a
// generator seeded from the report's data for the length of each layout run. The first layout
// starts from random positions. Expanding or collapsing a service starts from the current
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
    return Math.round(24 + 6 * Math.sqrt(classes));
  }

  function visibleId(pkgIndex) {
    var pkg = packages[pkgIndex];
    return expanded[pkg.service] ? pkg.id : services[pkg.service].id;
  }

  // Edges inside one expanded service are always drawn, and all others only from minWeight on.
  function isInside(from, to) {
    return packages[from].service === packages[to].service;
  }

  // Sums, for the info panel, the weights of the package edges that leave the packages matched
  // by matches(), per name(otherEnd) of their other end.
  function neighbours(matches, end, name) {
    var sums = {};
    map.edges.forEach(function (edge) {
      var own = end === 1 ? edge[0] : edge[1];
      var other = end === 1 ? edge[1] : edge[0];
      if (matches(own) && !matches(other)) {
        var key = name(other);
        sums[key] = (sums[key] || 0) + edge[2];
      }
    });
    return Object.keys(sums).map(function (key) {
      return { name: key, weight: sums[key] };
    }).sort(function (a, b) {
      return b.weight - a.weight || (a.name < b.name ? -1 : 1);
    });
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
        sums[key] = { source: source, target: target, weight: 0, inside: true };
        keys.push(key);
      }
      sums[key].weight += edge[2];
      sums[key].inside = sums[key].inside && isInside(edge[0], edge[1]);
    });
    return keys.map(function (key) {
      return sums[key];
    });
  }

  // Returns the cytoscape edges: a pair of nodes that depend on each other gets one edge with
  // arrows at both ends, marked as a cycle, so that the map shows one line per pair.
  function edgeElements() {
    var edges = visibleEdges();
    var shown = edges.filter(function (edge) {
      return edge.inside || edge.weight >= minWeight;
    });
    var byKey = {};
    shown.forEach(function (edge) {
      byKey[edge.source + ' ' + edge.target] = edge;
    });
    var elements = [];
    var max = 1;
    shown.forEach(function (edge) {
      var back = byKey[edge.target + ' ' + edge.source];
      if (back && back.source < edge.source) {
        return;
      }
      var weight = edge.weight + (back ? back.weight : 0);
      max = Math.max(max, weight);
      elements.push({
        group: 'edges',
        data: {
          id: 'e' + edge.source + '-' + edge.target,
          source: edge.source,
          target: edge.target,
          weight: weight,
          label: back ? edge.weight + ' \u21c4 ' + back.weight : String(edge.weight)
        },
        classes: back ? 'mutual' : ''
      });
    });
    elements.forEach(function (edge) {
      edge.data.width = 1 + 6 * Math.log(edge.data.weight) / Math.log(Math.max(2, max));
    });
    status.textContent = shown.length + ' of ' + edges.length + ' dependencies shown';
    return elements;
  }

  function classCount(classes) {
    return classes === 1 ? '1 class' : classes + ' classes';
  }

  // Lets cytoscape wrap a long dotted name after its dots.
  function wrappable(name) {
    return name.replace(/\./g, '.\u200b');
  }

  function serviceElement(index) {
    var service = services[index];
    var size = nodeSize(service.classes);
    return {
      group: 'nodes',
      data: {
        id: service.id,
        service: index,
        label: wrappable(service.label) + '\n' + classCount(service.classes),
        size: size
      },
      classes: 'service' + (service.library ? ' library' : '')
          + (expanded[index] ? ' expanded' : '')
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
          label: wrappable(pkg.label) + '\n' + pkg.classes,
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
          'text-max-width': 150,
          'text-halign': 'center',
          'font-size': 13,
          'text-valign': 'bottom',
          'text-margin-y': 4,
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
        selector: 'node.library',
        style: {
          'shape': 'barrel',
          'background-color': colors.muted,
          'border-color': colors.muted
        }
      },
      {
        selector: 'node.package',
        style: { 'shape': 'ellipse', 'font-size': 10, 'background-opacity': 0.2 }
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
          'opacity': 0.45
        }
      },
      {
        selector: 'edge.mutual',
        style: {
          'line-color': colors.bad,
          'target-arrow-color': colors.bad,
          'source-arrow-color': colors.bad,
          'source-arrow-shape': 'triangle',
          'line-style': 'dashed',
          'line-dash-pattern': [8, 4]
        }
      },
      {
        selector: 'edge.shown-weight',
        style: {
          'label': 'data(label)',
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
        nodeSeparation: 90,
        nodeRepulsion: function (node) {
          return 400 * (node.data('size') || 30);
        },
        // Edges between large services are longer, so that their nodes keep apart.
        idealEdgeLength: function (edge) {
          return 80 + (edge.source().width() + edge.target().width()) / 2;
        },
        edgeElasticity: 0.2,
        nestingFactor: 0.1,
        gravity: 0.2,
        gravityRange: 3.8,
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

  function neighbourList(title, entries) {
    var box = doc.createElement('div');
    var heading = doc.createElement('h4');
    heading.textContent = title;
    box.appendChild(heading);
    var list = doc.createElement('ul');
    entries.slice(0, 12).forEach(function (entry) {
      var item = doc.createElement('li');
      item.textContent = entry.name + ': ' + entry.weight;
      list.appendChild(item);
    });
    if (entries.length === 0) {
      list.appendChild(doc.createElement('li')).textContent = 'none';
    } else if (entries.length > 12) {
      list.appendChild(doc.createElement('li')).textContent = (entries.length - 12) + ' more';
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
    var matches;
    var name;
    if (node.hasClass('package')) {
      var own = Number(node.id().slice(1));
      heading.textContent = packages[own].name;
      facts.textContent = packages[own].classes + ' classes, in service ' + service.name;
      matches = function (pkg) {
        return pkg === own;
      };
      name = function (pkg) {
        var other = packages[pkg];
        return other.service === index ? other.label : services[other.service].name;
      };
    } else {
      heading.textContent = service.name;
      facts.textContent = service.classes + ' classes, ' + service.lines + ' lines';
      matches = function (pkg) {
        return packages[pkg].service === index;
      };
      name = function (pkg) {
        return services[packages[pkg].service].name;
      };
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
    info.appendChild(neighbourList('Uses (references)', neighbours(matches, 1, name)));
    info.appendChild(neighbourList('Used by (references)', neighbours(matches, 0, name)));
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
