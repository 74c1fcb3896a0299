namespace CxoneApprove.Compliance;

/// <summary>How opt-out instructions are written in English, Spanish and French.</summary>
internal static class OptOutWording
{
    private const string EnglishMessages =
        "TEXT TEXTS TXT TXTS MESSAGE MESSAGES MSG MSGS SMS ALERT ALERTS NOTIFICATION NOTIFICATIONS UPDATE UPDATES "
        + "REMINDER REMINDERS SUBSCRIPTION MESSAGING PROMOTIONS OFFERS MARKETING";

    /// <summary>English: "Reply STOP", "STOP to opt out".</summary>
    public static InstructionLanguage English { get; } = new(Language.English)
    {
        Verbs = Vocabulary.Words("REPLY RPLY RESPOND TEXT TXT SEND SMS MESSAGE MSG TYPE"),
        Fillers = Vocabulary.Words("BACK WITH W THE WORD KEYWORD"),
        Connectors = ["TO"],
        Purposes = Vocabulary.Phrases("OPT OUT|OPTOUT|UNSUBSCRIBE|UNSUB|END|STOP|CANCEL|QUIT|REVOKE|BE REMOVED"),
        NumberConnectors = ["TO"],
        OtherObjects = Vocabulary.Words(
            "APPOINTMENT APPOINTMENTS APPT APPTS ORDER ORDERS BOOKING BOOKINGS RESERVATION RESERVATIONS VISIT DELIVERY "
            + "PAYMENT TRANSACTION RIDE TRIP FLIGHT MEETING REQUEST PURCHASE SESSION CLASS TABLE PICKUP"),
        MessageObjects = Vocabulary.Words(EnglishMessages),
        Example = "Reply {0} to opt out",
        PurposeExample = "to opt out",
        VerbExamples = "reply/text/send",
    };

    /// <summary>Spanish: "Responde ALTO", "ALTO para cancelar".</summary>
    public static InstructionLanguage Spanish { get; } = new(Language.Spanish)
    {
        Verbs = Vocabulary.Words(
            "RESPONDE RESPONDA RESPONDER RESPONDAN CONTESTA CONTESTE ENVIA ENVIE ENVIAR ENVIEN MANDA MANDE MANDAR ESCRIBE ESCRIBA TEXTEA TEXTEE"),
        Fillers = Vocabulary.Words("CON LA EL PALABRA CLAVE"),
        Connectors = ["PARA"],
        Purposes = Vocabulary.Phrases(
            "CANCELAR|DARTE DE BAJA|DARSE DE BAJA|DAR DE BAJA|DARTE BAJA|DARSE BAJA|NO RECIBIR|DEJAR DE RECIBIR|SALIR|"
            + "DESUSCRIBIRTE|DESUSCRIBIRSE|DESUSCRIBIR|ANULAR|DETENER|PARAR|TERMINAR|FINALIZAR|EXCLUIRTE|RETIRARTE"),
        Keywords = ["ALTO"],
        NumberConnectors = ["AL", "A"],
        OtherObjects = Vocabulary.Words(
            "CITA CITAS PEDIDO PEDIDOS ORDEN ORDENES RESERVA RESERVAS RESERVACION COMPRA PAGO VISITA ENTREGA VIAJE VUELO"),
        MessageObjects = Vocabulary.Words(
            "MENSAJE MENSAJES MSJ MSJS SMS TEXTOS ALERTAS NOTIFICACIONES RECORDATORIOS SUSCRIPCION PROMOCIONES"),
        Example = "Responde {0} para no recibir más mensajes",
        PurposeExample = "para cancelar",
        VerbExamples = "responde/envía/manda",
    };

    /// <summary>French: "Répondez ARRÊT", "STOP pour vous désabonner", "STOP au 36111".</summary>
    public static InstructionLanguage French { get; } = new(Language.French)
    {
        Verbs = Vocabulary.Words("REPONDEZ REPONDS REPONDRE ENVOYEZ ENVOIE ENVOYER TEXTEZ TEXTE TEXTER ECRIVEZ TAPEZ"),
        Fillers = Vocabulary.Words("PAR LE MOT AVEC CLE"),
        Connectors = ["POUR"],
        Purposes = Vocabulary.Phrases(
            "VOUS DESABONNER|VOUS DESINSCRIRE|SE DESABONNER|SE DESINSCRIRE|DESABONNER|DESINSCRIRE|NE PLUS RECEVOIR|"
            + "ANNULER|ARRETER|STOPPER|VOUS RETIRER|CESSER"),
        Keywords = ["ARRÊT"],
        NumberConnectors = ["AU", "A"],
        OtherObjects = Vocabulary.Words("RENDEZ RDV COMMANDE COMMANDES RESERVATION RESERVATIONS ACHAT PAIEMENT VISITE LIVRAISON VOL TRAJET"),
        MessageObjects = Vocabulary.Words("MESSAGE MESSAGES SMS TEXTOS ALERTES NOTIFICATIONS RAPPELS PROMOTIONS ABONNEMENT"),
        Example = "Répondez {0} pour ne plus recevoir de messages",
        PurposeExample = "pour vous désabonner",
        VerbExamples = "répondez/envoyez/textez",
    };

    /// <summary>What a reply to STOP says to confirm it, in the three languages: "unsubscribed", "no more messages".</summary>
    public static IReadOnlyList<string[]> Confirmations { get; } = Vocabulary.Phrases(
        "UNSUBSCRIBED|OPTED OUT|NO MORE|NO FURTHER|NO LONGER|NOT RECEIVE|NOT BE SENT|WON T|REMOVED|"
        + "DADO DE BAJA|DADA DE BAJA|NO RECIBIRAS|NO RECIBIRA|YA NO|DESABONNE|DESABONNEE|DESINSCRIT|DESINSCRITE|NE RECEVREZ PLUS|PLUS AUCUN");

    /// <summary>The three, English first.</summary>
    public static IReadOnlyList<InstructionLanguage> All { get; } = [English, Spanish, French];

    /// <summary>The wording of <paramref name="language"/>.</summary>
    public static InstructionLanguage Of(Language language) => language switch
    {
        Language.Spanish => Spanish,
        Language.French => French,
        _ => English,
    };
}
