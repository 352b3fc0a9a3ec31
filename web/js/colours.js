// Colours shared by the views: one per sector, one per referral status, one per orphan reason.
export const SECTOR_COLOURS = { sanitaire: '#c8414f', medico_social: '#e39b2d', social: '#1f7a8c' };
export const sectorColour = (sector) => SECTOR_COLOURS[sector] || '#8a8f98';

export const STATUS_COLOURS = {
  acceptee: '#2e7d32', refusee: '#c62828', reorientee: '#ef6c00', en_attente: '#6d6d6d', sans_reponse: '#8e24aa',
};
export const statusColour = (status) => STATUS_COLOURS[status] || '#555';

export const REASON_COLOURS = {
  sans_interlocuteur: '#c62828', ping_pong: '#ef6c00', sans_reponse: '#8e24aa',
  complexe_sans_gestionnaire: '#1565c0', besoin_non_couvert: '#000000',
};
export const reasonColour = (reason) => REASON_COLOURS[reason] || '#444';
