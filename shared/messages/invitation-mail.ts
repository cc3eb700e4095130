interface InvitationMail {
  name: string;
  employerName: string;
  invitedBy: string;
  link: string;
  expiresOn: string;
}

/** The invitation's subject and text: plain words, Swedish first with English below. */
export const invitationMail = ({ name, employerName, invitedBy, link, expiresOn }: InvitationMail) => ({
  subject: `Inbjudan till Bryggan för ${employerName} / Invitation to Bryggan`,
  text: [
    `Hej ${name}!`,
    '',
    `${invitedBy} bjuder in dig att använda Bryggan för ${employerName}.`,
    'I Bryggan ser du förslag på deltagare till era lärandeplatser och svarar på dem.',
    '',
    `Öppna länken för att gå med. Den gäller till och med ${expiresOn}:`,
    link,
    '',
    'Har du inte väntat dig det här brevet kan du strunta i det.',
    '',
    '---',
    '',
    `Hello ${name},`,
    '',
    `${invitedBy} invites you to use Bryggan for ${employerName}.`,
    `Open the link to join. It is valid until ${expiresOn}:`,
    link,
    '',
    'If you did not expect this mail, you can ignore it.',
  ].join('\n'),
});
