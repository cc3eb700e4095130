// The mail the tenant's admins get when the retention job erased someone: counts only,
// never who (the people are gone), Swedish first with English below.

export function retentionMail(counts: { erased: number; resumed: number }, years: number, date: string) {
  const total = counts.erased + counts.resumed;
  return {
    subject: `Bryggan: ${total} deltagare raderade ${date} / ${total} participants erased`,
    text: [
      `Bryggan raderade ${counts.erased} deltagare ${date}, ${years} år efter att de avslutade daglig verksamhet.`,
      ...(counts.resumed > 0 ? [`Dessutom slutfördes ${counts.resumed} radering som hade avbrutits.`] : []),
      'Statistiken för tidigare perioder är oförändrad: den räknar avidentifierade uppgifter.',
      '',
      `Bryggan erased ${counts.erased} participants on ${date}, ${years} years after they left daily activity.`,
      ...(counts.resumed > 0
        ? [`It also finished ${counts.resumed} erasures that had been interrupted.`]
        : []),
      'The statistics of past periods are unchanged: they count de-identified data.',
    ].join('\n'),
  };
}
