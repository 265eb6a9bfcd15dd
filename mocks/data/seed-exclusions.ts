export type SeedExclusion = { seedId: string; reason: string };

/** Seed figures that are not data points (every other seed id appears in the data with its seedId). */
export const seedExclusions: SeedExclusion[] = [
  {
    seedId: 'S04',
    reason: 'Background: the "four megacities" (Beijing, Shanghai, Guangzhou, Shenzhen) are the established clusters the article contrasts with; none of them is compared in Hubscope, so the count of four is not a data point.',
  },
  {
    seedId: 'S15',
    reason: "Qualitative: Huawei basing its semiconductor supply chain in Optics Valley as part of its largest R&D centre in central China has no figure or date; it is mentioned in the Wuhan optoelectronics industry's anchor companies.",
  },
  {
    seedId: 'S18',
    reason: 'A list of named breakthrough fields (optical communication, IC, display panel, cloud computing, big data, IoT, AI); the article gives no count or value, so the "7" would be ours. The fields are named in the Wuhan industries\' notes.',
  },
  {
    seedId: 'S20',
    reason: 'A governance model ("1+N": one lead firm initiating projects with many partners), not a quantity or a dated event; described in the note of the Wuhan R&D funding event.',
  },
];
