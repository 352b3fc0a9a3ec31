// Tables de concertation: who sits at the table stratégique, the table tactique and the
// clinical concertations of the territory over the window, and the key partners missing from the
// first two (contract v1.2, /tables).
import { api } from './api.js';
import { label } from './labels.js';
import { date, el, help, loading, show, sortableTable, toolbar } from './ui.js';
import { csvButton } from './export.js';

let token = 0;

export default {
  async render(root, state) {
    const mine = ++token;
    loading(root, 'Lecture des tables de concertation…');
    const [tables, network] = await Promise.all([api.tables(state), api.network(state)]);
    if (mine !== token) return;
    const names = new Map(network.nodes.map((n) => [n.id, n.name]));
    const name = (id) => names.get(id) || id;
    const never = tables.attendance.filter((a) => a.strategique + a.tactique + a.concertationClinique === 0);
    const attendanceColumns = [
      { key: 'structure', title: 'Structure', value: (a) => name(a.structureId), csv: (a) => a.structureId },
      { key: 'strategique', title: label('meetingTable', 'strategique'), numeric: true, value: (a) => a.strategique },
      { key: 'tactique', title: label('meetingTable', 'tactique'), numeric: true, value: (a) => a.tactique },
      { key: 'concertationClinique', title: label('meetingTable', 'concertation_clinique'), numeric: true, value: (a) => a.concertationClinique },
    ];
    const meetingColumns = [
      { key: 'date', title: 'Date', value: (m) => m.date, cell: (m) => date(m.date) },
      { key: 'table', title: 'Table', value: (m) => label('meetingTable', m.table), csv: (m) => m.table },
      { key: 'structures', title: 'Structures présentes', value: (m) => m.structureIds.map(name).join(', '), csv: (m) => m.structureIds.join(';') },
    ];
    show(root,
      el('div', { class: 'view-head' },
        el('h2', {}, `Tables de concertation du ${date(state.from)} au ${date(state.to)}`)),
      el('section', { id: 'absent-key-partners' },
        el('h3', {}, `Partenaires clés absents des tables (${tables.absentKeyPartners.length}) `,
          help("Parmi les dix premiers partenaires clés du méta-réseau sur la période, ceux qui n'ont assisté à aucune table stratégique ni tactique : les partenaires à mobiliser.")),
        tables.absentKeyPartners.length
          ? el('ol', {}, tables.absentKeyPartners.map((id) => el('li', { 'data-structure': id }, name(id))))
          : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Les dix premiers partenaires clés ont tous siégé à une table stratégique ou tactique.')),
      el('div', { class: 'cols' },
        el('section', {},
          el('h3', {}, `Présence par structure de l'écologie (${tables.attendance.length}, dont ${never.length} jamais présente${never.length > 1 ? 's' : ''}) `,
            help("Nombre de réunions de la période auxquelles chaque structure de l'écologie du territoire a assisté, par table.")),
          toolbar(csvButton(tables.attendance, attendanceColumns, `tables-presence-${state.t}-${state.from}-${state.to}`)),
          sortableTable(tables.attendance, attendanceColumns, { id: 'tables-attendance', rowId: (a) => a.structureId })),
        el('section', {},
          el('h3', {}, `Réunions (${tables.meetings.length}) `, help('Réunions tenues pour le territoire ou ses territoires descendants pendant la période.')),
          tables.meetings.length
            ? sortableTable(tables.meetings, meetingColumns, { id: 'tables-meetings', rowId: (m) => m.id })
            : el('p', { class: 'state empty', 'data-state': 'empty' }, 'Aucune réunion sur cette période.'))));
  },
};
