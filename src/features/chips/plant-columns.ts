import type { Fab } from '../../api/schemas';
import { FAB_STATUS_LABELS, FACILITY_TYPE_LABELS } from '../../api/vocabulary';
import type { DataTableColumn } from '../../ui/data-table';
import { cityLabel } from '../../domain/cities';

/** The columns that say which plant a row is: name, city, facility type and status. */
export const PLANT_IDENTITY_COLUMNS: DataTableColumn<Fab>[] = [
  { key: 'name', header: 'Plant', render: (f) => f.name, sortValue: (f) => f.name },
  { key: 'city', header: 'City', render: (f) => cityLabel(f.cityId), sortValue: (f) => f.cityId },
  { key: 'type', header: 'Type', render: (f) => FACILITY_TYPE_LABELS[f.facilityType], sortValue: (f) => f.facilityType },
  { key: 'status', header: 'Status', render: (f) => FAB_STATUS_LABELS[f.status], sortValue: (f) => f.status },
];
