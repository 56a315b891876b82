import typing

from ..._models import StrEnum


class V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnum(StrEnum):
    """The voice to use for the speech. Available voices: Elon Musk, Mark Zuckerberg, Joe Rogan, Barack Obama, Morgan Freeman, Kanye West, Donald Trump, Joe Biden, Kim Kardashian, Taylor Swift, James Earl Jones, Samuel L. Jackson, Jeff Goldblum, David Attenborough, Sean Connery, Cillian Murphy, Anne Hathaway, Julia Roberts, Natalie Portman, Steve Carell, Amy Poehler, Stephen Colbert, Jimmy Fallon, David Letterman, Alex Trebek, Katy Perry, Prince, Kevin Bacon, Tom Hiddleston, Adam Driver, Alan Rickman, Alexz Johnson, Ana Gasteyer, Andrew Rannells, Arden Cho, Bear Grylls, Ben McKenzie, Ben Stiller, Ben Whishaw, Billie Joe Armstrong, Bingbing Li, Booboo Stewart, Bradley Steven Perry, Bruno Mars, Caity Lotz, Cameron Boyce, Candice Accola, Carrie Underwood, Casey Affleck, Caterina Scorsone, Cedric the Entertainer, Chace Crawford, Chadwick Boseman, Charlie Day, Chris Hemsworth, Chris Martin, Christopher Mintz-Plasse, Dan Fogler, Dan Stevens, Daniel Dae Kim, Danielle Panabaker, Dave Bautista, David Schwimmer, Denis Leary, Derek Mears, Diego Luna, Donald Glover, Donnie Yen, Doutzen Kroes, Dove Cameron, Dr. Dre, Drake Bell, Elle Fanning, Ernie Hudson, Fergie, Forest Whitaker, Francia Raisa, Freddie Highmore, Gillian Jacobs, Gina Carano, Ginnifer Goodwin, Gordon Ramsay, Guy Pearce, Gwendoline Christie, Hailee Steinfeld, Howie Mandel, Hugh Jackman, Hugh Laurie, J. K. Simmons, Jack Black, Jared Leto, Jennifer Carpenter, Kesha, Kris Jenner, Kristen Bell, Lorde, Matt Smith, Marilyn Monroe, Charlie Chaplin, Albert Einstein, Abraham Lincoln, John F. Kennedy, Lucille Ball, A.R. Rahman, Aamir Khan, Ajay Devgn, Akshay Kumar, Alain Delon, Alan Alda, Alan Cumming, Amitabh Bachchan, Ang Lee, Ansel Elgort, Anthony Anderson, Anthony Mackie, Armie Hammer, Asa Butterfield, B.J. Novak, Barbara Eden, Betty White, Bill Nighy, Bill Pullman, Blake Shelton, Bonnie Wright, Brad Paisley, Brendan Gleeson, Brian Cox, Bruno Ganz, Burt Reynolds, Carrie Fisher, Charles Dance, Chiwetel Ejiofor, Chris Pine, Christina Hendricks, Christina Ricci, Cyndi Lauper, Dakota Fanning, Damian Lewis, Dan Aykroyd, Daniel Craig, David Oyelowo, David Tennant, Diane Keaton, Diane Kruger, Dick Van Dyke, Domhnall Gleeson, Dominic Cooper, Donald Sutherland, Drew Carey, Eartha Kitt, Eddie Izzard, Edward Asner, Eli Roth, Elisabeth Moss, Ellen Burstyn, Emile Hirsch, Ezra Miller, Felicity Jones, Fiona Shaw, Florence Henderson, Freida Pinto, Geena Davis, Gemma Arterton, Geri Halliwell, Glenn Close, Gloria Steinem, Greta Gerwig, Gugu Mbatha-Raw, Hans Zimmer, Harry Connick Jr., Harvey Keitel, Helena Bonham Carter, Henry Cavill, Hilary Swank, Hugh Bonneville, Idina Menzel, Imelda Staunton, Ingrid Bergman, Irrfan Khan, Isla Fisher, Iwan Rheon, Jack Lemmon, Janet Jackson, Jason Bateman, Jason Segel, Jennifer Coolidge, Johnny Galecki, Jon Favreau, Joseph Gordon-Levitt, Josh Brolin, Josh Gad, Josh Groban, Julia Louis-Dreyfus, Kristen Stewart, Kristen Wiig, Rooney Mara, Caitriona Balfe, J.J. Abrams, Zoe Saldana, SpongeBob SquarePants, Patrick Star, Squidward Tentacles, Homer Simpson, Bart Simpson, Peter Griffin, Stewie Griffin, Eric Cartman, Rick Sanchez, Bugs Bunny, Mickey Mouse, Donald Duck, Shrek, Donkey (Shrek), Elsa (Frozen), Woody (Toy Story), Buzz Lightyear, Scooby-Doo, Shaggy Rogers, Bender (Futurama), Optimus Prime, Batman (Animated), The Joker (Animated), Darth Vader, Yoda, Gollum Smeagol, Gandalf, Winnie the Pooh, Kermit the Frog, Elmo, SpiderMan (Tom Holland ver.), Mario, Luigi, Sonic the Hedgehog, Naruto Uzumaki, Goku, Vegeta, Light Yagami, Luffy (One Piece), Edward Elric, Eren Jaeger, Levi Ackerman, Tanjiro Kamado, All Might, GLaDOS, Master Chief, Kratos, Arthur Morgan, Geralt of Rivia, Dwayne 'The Rock' Johnson, LeBron James, Shaquille O'Neal, Conor McGregor, Mike Tyson, Kobe Bryant, Floyd Mayweather, Cristiano Ronaldo, Lionel Messi, Serena Williams, Tom Brady, Stephen Curry, John Cena, Hulk Hogan, Stone Cold Steve Austin, The Undertaker, Nate Diaz, Charles Barkley, Shannon Sharpe, Drake, Beyonce, Rihanna, Eminem, Snoop Dogg, Jay-Z, Ed Sheeran, Billie Eilish, Ariana Grande, Adele, Post Malone, Travis Scott, Nicki Minaj, Cardi B, Doja Cat, Bad Bunny, Shakira, Justin Bieber, Sabrina Carpenter, Chappell Roan, Dua Lipa, The Weeknd, Miley Cyrus, Lady Gaga, Kendrick Lamar, Ozzy Osbourne, Freddie Mercury, Elvis Presley, Bob Marley, Frank Sinatra, MrBeast, PewDiePie, Kai Cenat, IShowSpeed, Markiplier, Jacksepticeye, KSI, Logan Paul, Jake Paul, Dream (Minecraft), Corpse Husband, xQc, Pokimane, Valkyrae, Ninja, Joe Scott, Linus (LTT), Ryan Reynolds, Tom Hanks, Robert Downey Jr., Will Smith, Denzel Washington, Leonardo DiCaprio, Brad Pitt, Keanu Reeves, Nicolas Cage, Al Pacino, Robert De Niro, Arnold Schwarzenegger, Sylvester Stallone, Vin Diesel, Jason Statham, Tom Cruise, Johnny Depp, Scarlett Johansson, Angelina Jolie, Jennifer Aniston, Emma Watson, Margot Robbie, Sydney Sweeney, Zendaya, Timothee Chalamet, Pedro Pascal, Oscar Isaac, Benedict Cumberbatch, Ian McKellen, Patrick Stewart, Christopher Walken, Matthew McConaughey, Harrison Ford, Mark Wahlberg, Owen Wilson, Seth Rogen, Kevin Hart, Adam Sandler, Jim Carrey, Eddie Murphy, Robin Williams, Will Ferrell, Melissa McCarthy, Awkwafina, Jason Momoa, Idris Elba, Tom Hardy, Michael B. Jordan, Austin Butler, Glen Powell, Paul Giamatti, Bryan Cranston, Bob Odenkirk, Vladimir Putin, Queen Elizabeth II, Winston Churchill, Martin Luther King Jr., Kamala Harris, Bernie Sanders, Alexandria Ocasio-Cortez, Narendra Modi, Oprah Winfrey, Ellen DeGeneres, Dr. Phil, Steve Harvey, Trevor Noah, John Oliver, James Corden, Ryan Seacrest, Howard Stern, Conan O'Brien, Seth Meyers, Bill Nye, Neil deGrasse Tyson, Guy Fieri, Dave Chappelle, Chris Rock, Jerry Seinfeld, Ali Wong, John Mulaney, Hasan Minhaj, Nikki Glaser, Matt Rife, Gabriel Iglesias, Bo Burnham, Jeff Bezos, Bill Gates, Steve Jobs, Tim Cook, Sam Altman, Jensen Huang, Gilbert Gottfried, James May, Jeremy Clarkson, Richard Hammond, Bob Ross, Anthony Bourdain, David Goggins, Jordan Peterson, Joe Pesci, Danny DeVito, Seth MacFarlane, Patrick Warburton, Keith David, Mark Hamill, Liam Neeson, Antonio Banderas, Sofia Vergara, Penelope Cruz, Gal Gadot, Cate Blanchett, Viola Davis, Meryl Streep, Sandra Bullock, Reese Witherspoon, Salma Hayek, Lupita Nyong'o, Florence Pugh, Jenna Ortega, Ana de Armas, Jacob Elordi, Barry White, Dolly Parton, Willie Nelson, Lil Wayne, 50 Cent, Ice Cube, Tupac Shakur, Notorious B.I.G., Bob Dylan, David Bowie, Michael Jackson, Whitney Houston, Amy Winehouse, SZA, Tyler, The Creator, Thanos, Tony Stark, Captain Jack Sparrow, Walter White, Tommy Shelby, Michael Scott, Dwight Schrute, Bowser, Usain Bolt, Tyson Fury, Dana White, Pat McAfee, Giannis Antetokounmpo, Lex Fridman, Ben Shapiro, Tucker Carlson, Martha Stewart, Gordon Lightfoot, Lizzo, Megan Thee Stallion, Ice Spice, 21 Savage, Metro Boomin, Jack Harlow, Peso Pluma, BTS Jungkook, Quentin Tarantino, Werner Herzog, Anderson Cooper, Rachel Maddow, Mahatma Gandhi, Muhammad Ali, Princess Diana, Nelson Mandela, Steve Irwin, Morty Smith, Andrew Huberman, Willem Dafoe, Mike Rowe, Terminator, Deadpool, Plankton, Mr. Krabs, Picard"""

    ELON_MUSK = "Elon Musk"
    MARK_ZUCKERBERG = "Mark Zuckerberg"
    JOE_ROGAN = "Joe Rogan"
    BARACK_OBAMA = "Barack Obama"
    MORGAN_FREEMAN = "Morgan Freeman"
    KANYE_WEST = "Kanye West"
    DONALD_TRUMP = "Donald Trump"
    JOE_BIDEN = "Joe Biden"
    KIM_KARDASHIAN = "Kim Kardashian"
    TAYLOR_SWIFT = "Taylor Swift"
    JAMES_EARL_JONES = "James Earl Jones"
    SAMUEL_L_JACKSON = "Samuel L. Jackson"
    JEFF_GOLDBLUM = "Jeff Goldblum"
    DAVID_ATTENBOROUGH = "David Attenborough"
    SEAN_CONNERY = "Sean Connery"
    CILLIAN_MURPHY = "Cillian Murphy"
    ANNE_HATHAWAY = "Anne Hathaway"
    JULIA_ROBERTS = "Julia Roberts"
    NATALIE_PORTMAN = "Natalie Portman"
    STEVE_CARELL = "Steve Carell"
    AMY_POEHLER = "Amy Poehler"
    STEPHEN_COLBERT = "Stephen Colbert"
    JIMMY_FALLON = "Jimmy Fallon"
    DAVID_LETTERMAN = "David Letterman"
    ALEX_TREBEK = "Alex Trebek"
    KATY_PERRY = "Katy Perry"
    PRINCE = "Prince"
    KEVIN_BACON = "Kevin Bacon"
    TOM_HIDDLESTON = "Tom Hiddleston"
    ADAM_DRIVER = "Adam Driver"
    ALAN_RICKMAN = "Alan Rickman"
    ALEXZ_JOHNSON = "Alexz Johnson"
    ANA_GASTEYER = "Ana Gasteyer"
    ANDREW_RANNELLS = "Andrew Rannells"
    ARDEN_CHO = "Arden Cho"
    BEAR_GRYLLS = "Bear Grylls"
    BEN_MC_KENZIE = "Ben McKenzie"
    BEN_STILLER = "Ben Stiller"
    BEN_WHISHAW = "Ben Whishaw"
    BILLIE_JOE_ARMSTRONG = "Billie Joe Armstrong"
    BINGBING_LI = "Bingbing Li"
    BOOBOO_STEWART = "Booboo Stewart"
    BRADLEY_STEVEN_PERRY = "Bradley Steven Perry"
    BRUNO_MARS = "Bruno Mars"
    CAITY_LOTZ = "Caity Lotz"
    CAMERON_BOYCE = "Cameron Boyce"
    CANDICE_ACCOLA = "Candice Accola"
    CARRIE_UNDERWOOD = "Carrie Underwood"
    CASEY_AFFLECK = "Casey Affleck"
    CATERINA_SCORSONE = "Caterina Scorsone"
    CEDRIC_THE_ENTERTAINER = "Cedric the Entertainer"
    CHACE_CRAWFORD = "Chace Crawford"
    CHADWICK_BOSEMAN = "Chadwick Boseman"
    CHARLIE_DAY = "Charlie Day"
    CHRIS_HEMSWORTH = "Chris Hemsworth"
    CHRIS_MARTIN = "Chris Martin"
    CHRISTOPHER_MINTZ_PLASSE = "Christopher Mintz-Plasse"
    DAN_FOGLER = "Dan Fogler"
    DAN_STEVENS = "Dan Stevens"
    DANIEL_DAE_KIM = "Daniel Dae Kim"
    DANIELLE_PANABAKER = "Danielle Panabaker"
    DAVE_BAUTISTA = "Dave Bautista"
    DAVID_SCHWIMMER = "David Schwimmer"
    DENIS_LEARY = "Denis Leary"
    DEREK_MEARS = "Derek Mears"
    DIEGO_LUNA = "Diego Luna"
    DONALD_GLOVER = "Donald Glover"
    DONNIE_YEN = "Donnie Yen"
    DOUTZEN_KROES = "Doutzen Kroes"
    DOVE_CAMERON = "Dove Cameron"
    DR_DRE = "Dr. Dre"
    DRAKE_BELL = "Drake Bell"
    ELLE_FANNING = "Elle Fanning"
    ERNIE_HUDSON = "Ernie Hudson"
    FERGIE = "Fergie"
    FOREST_WHITAKER = "Forest Whitaker"
    FRANCIA_RAISA = "Francia Raisa"
    FREDDIE_HIGHMORE = "Freddie Highmore"
    GILLIAN_JACOBS = "Gillian Jacobs"
    GINA_CARANO = "Gina Carano"
    GINNIFER_GOODWIN = "Ginnifer Goodwin"
    GORDON_RAMSAY = "Gordon Ramsay"
    GUY_PEARCE = "Guy Pearce"
    GWENDOLINE_CHRISTIE = "Gwendoline Christie"
    HAILEE_STEINFELD = "Hailee Steinfeld"
    HOWIE_MANDEL = "Howie Mandel"
    HUGH_JACKMAN = "Hugh Jackman"
    HUGH_LAURIE = "Hugh Laurie"
    J_K_SIMMONS = "J. K. Simmons"
    JACK_BLACK = "Jack Black"
    JARED_LETO = "Jared Leto"
    JENNIFER_CARPENTER = "Jennifer Carpenter"
    KESHA = "Kesha"
    KRIS_JENNER = "Kris Jenner"
    KRISTEN_BELL = "Kristen Bell"
    LORDE = "Lorde"
    MATT_SMITH = "Matt Smith"
    MARILYN_MONROE = "Marilyn Monroe"
    CHARLIE_CHAPLIN = "Charlie Chaplin"
    ALBERT_EINSTEIN = "Albert Einstein"
    ABRAHAM_LINCOLN = "Abraham Lincoln"
    JOHN_F_KENNEDY = "John F. Kennedy"
    LUCILLE_BALL = "Lucille Ball"
    A_R_RAHMAN = "A.R. Rahman"
    AAMIR_KHAN = "Aamir Khan"
    AJAY_DEVGN = "Ajay Devgn"
    AKSHAY_KUMAR = "Akshay Kumar"
    ALAIN_DELON = "Alain Delon"
    ALAN_ALDA = "Alan Alda"
    ALAN_CUMMING = "Alan Cumming"
    AMITABH_BACHCHAN = "Amitabh Bachchan"
    ANG_LEE = "Ang Lee"
    ANSEL_ELGORT = "Ansel Elgort"
    ANTHONY_ANDERSON = "Anthony Anderson"
    ANTHONY_MACKIE = "Anthony Mackie"
    ARMIE_HAMMER = "Armie Hammer"
    ASA_BUTTERFIELD = "Asa Butterfield"
    B_J_NOVAK = "B.J. Novak"
    BARBARA_EDEN = "Barbara Eden"
    BETTY_WHITE = "Betty White"
    BILL_NIGHY = "Bill Nighy"
    BILL_PULLMAN = "Bill Pullman"
    BLAKE_SHELTON = "Blake Shelton"
    BONNIE_WRIGHT = "Bonnie Wright"
    BRAD_PAISLEY = "Brad Paisley"
    BRENDAN_GLEESON = "Brendan Gleeson"
    BRIAN_COX = "Brian Cox"
    BRUNO_GANZ = "Bruno Ganz"
    BURT_REYNOLDS = "Burt Reynolds"
    CARRIE_FISHER = "Carrie Fisher"
    CHARLES_DANCE = "Charles Dance"
    CHIWETEL_EJIOFOR = "Chiwetel Ejiofor"
    CHRIS_PINE = "Chris Pine"
    CHRISTINA_HENDRICKS = "Christina Hendricks"
    CHRISTINA_RICCI = "Christina Ricci"
    CYNDI_LAUPER = "Cyndi Lauper"
    DAKOTA_FANNING = "Dakota Fanning"
    DAMIAN_LEWIS = "Damian Lewis"
    DAN_AYKROYD = "Dan Aykroyd"
    DANIEL_CRAIG = "Daniel Craig"
    DAVID_OYELOWO = "David Oyelowo"
    DAVID_TENNANT = "David Tennant"
    DIANE_KEATON = "Diane Keaton"
    DIANE_KRUGER = "Diane Kruger"
    DICK_VAN_DYKE = "Dick Van Dyke"
    DOMHNALL_GLEESON = "Domhnall Gleeson"
    DOMINIC_COOPER = "Dominic Cooper"
    DONALD_SUTHERLAND = "Donald Sutherland"
    DREW_CAREY = "Drew Carey"
    EARTHA_KITT = "Eartha Kitt"
    EDDIE_IZZARD = "Eddie Izzard"
    EDWARD_ASNER = "Edward Asner"
    ELI_ROTH = "Eli Roth"
    ELISABETH_MOSS = "Elisabeth Moss"
    ELLEN_BURSTYN = "Ellen Burstyn"
    EMILE_HIRSCH = "Emile Hirsch"
    EZRA_MILLER = "Ezra Miller"
    FELICITY_JONES = "Felicity Jones"
    FIONA_SHAW = "Fiona Shaw"
    FLORENCE_HENDERSON = "Florence Henderson"
    FREIDA_PINTO = "Freida Pinto"
    GEENA_DAVIS = "Geena Davis"
    GEMMA_ARTERTON = "Gemma Arterton"
    GERI_HALLIWELL = "Geri Halliwell"
    GLENN_CLOSE = "Glenn Close"
    GLORIA_STEINEM = "Gloria Steinem"
    GRETA_GERWIG = "Greta Gerwig"
    GUGU_MBATHA_RAW = "Gugu Mbatha-Raw"
    HANS_ZIMMER = "Hans Zimmer"
    HARRY_CONNICK_JR = "Harry Connick Jr."
    HARVEY_KEITEL = "Harvey Keitel"
    HELENA_BONHAM_CARTER = "Helena Bonham Carter"
    HENRY_CAVILL = "Henry Cavill"
    HILARY_SWANK = "Hilary Swank"
    HUGH_BONNEVILLE = "Hugh Bonneville"
    IDINA_MENZEL = "Idina Menzel"
    IMELDA_STAUNTON = "Imelda Staunton"
    INGRID_BERGMAN = "Ingrid Bergman"
    IRRFAN_KHAN = "Irrfan Khan"
    ISLA_FISHER = "Isla Fisher"
    IWAN_RHEON = "Iwan Rheon"
    JACK_LEMMON = "Jack Lemmon"
    JANET_JACKSON = "Janet Jackson"
    JASON_BATEMAN = "Jason Bateman"
    JASON_SEGEL = "Jason Segel"
    JENNIFER_COOLIDGE = "Jennifer Coolidge"
    JOHNNY_GALECKI = "Johnny Galecki"
    JON_FAVREAU = "Jon Favreau"
    JOSEPH_GORDON_LEVITT = "Joseph Gordon-Levitt"
    JOSH_BROLIN = "Josh Brolin"
    JOSH_GAD = "Josh Gad"
    JOSH_GROBAN = "Josh Groban"
    JULIA_LOUIS_DREYFUS = "Julia Louis-Dreyfus"
    KRISTEN_STEWART = "Kristen Stewart"
    KRISTEN_WIIG = "Kristen Wiig"
    ROONEY_MARA = "Rooney Mara"
    CAITRIONA_BALFE = "Caitriona Balfe"
    J_J_ABRAMS = "J.J. Abrams"
    ZOE_SALDANA = "Zoe Saldana"
    SPONGE_BOB_SQUARE_PANTS = "SpongeBob SquarePants"
    PATRICK_STAR = "Patrick Star"
    SQUIDWARD_TENTACLES = "Squidward Tentacles"
    HOMER_SIMPSON = "Homer Simpson"
    BART_SIMPSON = "Bart Simpson"
    PETER_GRIFFIN = "Peter Griffin"
    STEWIE_GRIFFIN = "Stewie Griffin"
    ERIC_CARTMAN = "Eric Cartman"
    RICK_SANCHEZ = "Rick Sanchez"
    BUGS_BUNNY = "Bugs Bunny"
    MICKEY_MOUSE = "Mickey Mouse"
    DONALD_DUCK = "Donald Duck"
    SHREK = "Shrek"
    DONKEY_SHREK = "Donkey (Shrek)"
    ELSA_FROZEN = "Elsa (Frozen)"
    WOODY_TOY_STORY = "Woody (Toy Story)"
    BUZZ_LIGHTYEAR = "Buzz Lightyear"
    SCOOBY_DOO = "Scooby-Doo"
    SHAGGY_ROGERS = "Shaggy Rogers"
    BENDER_FUTURAMA = "Bender (Futurama)"
    OPTIMUS_PRIME = "Optimus Prime"
    BATMAN_ANIMATED = "Batman (Animated)"
    THE_JOKER_ANIMATED = "The Joker (Animated)"
    DARTH_VADER = "Darth Vader"
    YODA = "Yoda"
    GOLLUM_SMEAGOL = "Gollum Smeagol"
    GANDALF = "Gandalf"
    WINNIE_THE_POOH = "Winnie the Pooh"
    KERMIT_THE_FROG = "Kermit the Frog"
    ELMO = "Elmo"
    SPIDER_MAN_TOM_HOLLAND_VER = "SpiderMan (Tom Holland ver.)"
    MARIO = "Mario"
    LUIGI = "Luigi"
    SONIC_THE_HEDGEHOG = "Sonic the Hedgehog"
    NARUTO_UZUMAKI = "Naruto Uzumaki"
    GOKU = "Goku"
    VEGETA = "Vegeta"
    LIGHT_YAGAMI = "Light Yagami"
    LUFFY_ONE_PIECE = "Luffy (One Piece)"
    EDWARD_ELRIC = "Edward Elric"
    EREN_JAEGER = "Eren Jaeger"
    LEVI_ACKERMAN = "Levi Ackerman"
    TANJIRO_KAMADO = "Tanjiro Kamado"
    ALL_MIGHT = "All Might"
    G_LA_DOS = "GLaDOS"
    MASTER_CHIEF = "Master Chief"
    KRATOS = "Kratos"
    ARTHUR_MORGAN = "Arthur Morgan"
    GERALT_OF_RIVIA = "Geralt of Rivia"
    DWAYNE_THE_ROCK_JOHNSON = "Dwayne 'The Rock' Johnson"
    LE_BRON_JAMES = "LeBron James"
    SHAQUILLE_O_NEAL = "Shaquille O'Neal"
    CONOR_MC_GREGOR = "Conor McGregor"
    MIKE_TYSON = "Mike Tyson"
    KOBE_BRYANT = "Kobe Bryant"
    FLOYD_MAYWEATHER = "Floyd Mayweather"
    CRISTIANO_RONALDO = "Cristiano Ronaldo"
    LIONEL_MESSI = "Lionel Messi"
    SERENA_WILLIAMS = "Serena Williams"
    TOM_BRADY = "Tom Brady"
    STEPHEN_CURRY = "Stephen Curry"
    JOHN_CENA = "John Cena"
    HULK_HOGAN = "Hulk Hogan"
    STONE_COLD_STEVE_AUSTIN = "Stone Cold Steve Austin"
    THE_UNDERTAKER = "The Undertaker"
    NATE_DIAZ = "Nate Diaz"
    CHARLES_BARKLEY = "Charles Barkley"
    SHANNON_SHARPE = "Shannon Sharpe"
    DRAKE = "Drake"
    BEYONCE = "Beyonce"
    RIHANNA = "Rihanna"
    EMINEM = "Eminem"
    SNOOP_DOGG = "Snoop Dogg"
    JAY_Z = "Jay-Z"
    ED_SHEERAN = "Ed Sheeran"
    BILLIE_EILISH = "Billie Eilish"
    ARIANA_GRANDE = "Ariana Grande"
    ADELE = "Adele"
    POST_MALONE = "Post Malone"
    TRAVIS_SCOTT = "Travis Scott"
    NICKI_MINAJ = "Nicki Minaj"
    CARDI_B = "Cardi B"
    DOJA_CAT = "Doja Cat"
    BAD_BUNNY = "Bad Bunny"
    SHAKIRA = "Shakira"
    JUSTIN_BIEBER = "Justin Bieber"
    SABRINA_CARPENTER = "Sabrina Carpenter"
    CHAPPELL_ROAN = "Chappell Roan"
    DUA_LIPA = "Dua Lipa"
    THE_WEEKND = "The Weeknd"
    MILEY_CYRUS = "Miley Cyrus"
    LADY_GAGA = "Lady Gaga"
    KENDRICK_LAMAR = "Kendrick Lamar"
    OZZY_OSBOURNE = "Ozzy Osbourne"
    FREDDIE_MERCURY = "Freddie Mercury"
    ELVIS_PRESLEY = "Elvis Presley"
    BOB_MARLEY = "Bob Marley"
    FRANK_SINATRA = "Frank Sinatra"
    MR_BEAST = "MrBeast"
    PEW_DIE_PIE = "PewDiePie"
    KAI_CENAT = "Kai Cenat"
    I_SHOW_SPEED = "IShowSpeed"
    MARKIPLIER = "Markiplier"
    JACKSEPTICEYE = "Jacksepticeye"
    KSI = "KSI"
    LOGAN_PAUL = "Logan Paul"
    JAKE_PAUL = "Jake Paul"
    DREAM_MINECRAFT = "Dream (Minecraft)"
    CORPSE_HUSBAND = "Corpse Husband"
    X_QC = "xQc"
    POKIMANE = "Pokimane"
    VALKYRAE = "Valkyrae"
    NINJA = "Ninja"
    JOE_SCOTT = "Joe Scott"
    LINUS_LTT = "Linus (LTT)"
    RYAN_REYNOLDS = "Ryan Reynolds"
    TOM_HANKS = "Tom Hanks"
    ROBERT_DOWNEY_JR = "Robert Downey Jr."
    WILL_SMITH = "Will Smith"
    DENZEL_WASHINGTON = "Denzel Washington"
    LEONARDO_DI_CAPRIO = "Leonardo DiCaprio"
    BRAD_PITT = "Brad Pitt"
    KEANU_REEVES = "Keanu Reeves"
    NICOLAS_CAGE = "Nicolas Cage"
    AL_PACINO = "Al Pacino"
    ROBERT_DE_NIRO = "Robert De Niro"
    ARNOLD_SCHWARZENEGGER = "Arnold Schwarzenegger"
    SYLVESTER_STALLONE = "Sylvester Stallone"
    VIN_DIESEL = "Vin Diesel"
    JASON_STATHAM = "Jason Statham"
    TOM_CRUISE = "Tom Cruise"
    JOHNNY_DEPP = "Johnny Depp"
    SCARLETT_JOHANSSON = "Scarlett Johansson"
    ANGELINA_JOLIE = "Angelina Jolie"
    JENNIFER_ANISTON = "Jennifer Aniston"
    EMMA_WATSON = "Emma Watson"
    MARGOT_ROBBIE = "Margot Robbie"
    SYDNEY_SWEENEY = "Sydney Sweeney"
    ZENDAYA = "Zendaya"
    TIMOTHEE_CHALAMET = "Timothee Chalamet"
    PEDRO_PASCAL = "Pedro Pascal"
    OSCAR_ISAAC = "Oscar Isaac"
    BENEDICT_CUMBERBATCH = "Benedict Cumberbatch"
    IAN_MC_KELLEN = "Ian McKellen"
    PATRICK_STEWART = "Patrick Stewart"
    CHRISTOPHER_WALKEN = "Christopher Walken"
    MATTHEW_MC_CONAUGHEY = "Matthew McConaughey"
    HARRISON_FORD = "Harrison Ford"
    MARK_WAHLBERG = "Mark Wahlberg"
    OWEN_WILSON = "Owen Wilson"
    SETH_ROGEN = "Seth Rogen"
    KEVIN_HART = "Kevin Hart"
    ADAM_SANDLER = "Adam Sandler"
    JIM_CARREY = "Jim Carrey"
    EDDIE_MURPHY = "Eddie Murphy"
    ROBIN_WILLIAMS = "Robin Williams"
    WILL_FERRELL = "Will Ferrell"
    MELISSA_MC_CARTHY = "Melissa McCarthy"
    AWKWAFINA = "Awkwafina"
    JASON_MOMOA = "Jason Momoa"
    IDRIS_ELBA = "Idris Elba"
    TOM_HARDY = "Tom Hardy"
    MICHAEL_B_JORDAN = "Michael B. Jordan"
    AUSTIN_BUTLER = "Austin Butler"
    GLEN_POWELL = "Glen Powell"
    PAUL_GIAMATTI = "Paul Giamatti"
    BRYAN_CRANSTON = "Bryan Cranston"
    BOB_ODENKIRK = "Bob Odenkirk"
    VLADIMIR_PUTIN = "Vladimir Putin"
    QUEEN_ELIZABETH_II = "Queen Elizabeth II"
    WINSTON_CHURCHILL = "Winston Churchill"
    MARTIN_LUTHER_KING_JR = "Martin Luther King Jr."
    KAMALA_HARRIS = "Kamala Harris"
    BERNIE_SANDERS = "Bernie Sanders"
    ALEXANDRIA_OCASIO_CORTEZ = "Alexandria Ocasio-Cortez"
    NARENDRA_MODI = "Narendra Modi"
    OPRAH_WINFREY = "Oprah Winfrey"
    ELLEN_DE_GENERES = "Ellen DeGeneres"
    DR_PHIL = "Dr. Phil"
    STEVE_HARVEY = "Steve Harvey"
    TREVOR_NOAH = "Trevor Noah"
    JOHN_OLIVER = "John Oliver"
    JAMES_CORDEN = "James Corden"
    RYAN_SEACREST = "Ryan Seacrest"
    HOWARD_STERN = "Howard Stern"
    CONAN_O_BRIEN = "Conan O'Brien"
    SETH_MEYERS = "Seth Meyers"
    BILL_NYE = "Bill Nye"
    NEIL_DE_GRASSE_TYSON = "Neil deGrasse Tyson"
    GUY_FIERI = "Guy Fieri"
    DAVE_CHAPPELLE = "Dave Chappelle"
    CHRIS_ROCK = "Chris Rock"
    JERRY_SEINFELD = "Jerry Seinfeld"
    ALI_WONG = "Ali Wong"
    JOHN_MULANEY = "John Mulaney"
    HASAN_MINHAJ = "Hasan Minhaj"
    NIKKI_GLASER = "Nikki Glaser"
    MATT_RIFE = "Matt Rife"
    GABRIEL_IGLESIAS = "Gabriel Iglesias"
    BO_BURNHAM = "Bo Burnham"
    JEFF_BEZOS = "Jeff Bezos"
    BILL_GATES = "Bill Gates"
    STEVE_JOBS = "Steve Jobs"
    TIM_COOK = "Tim Cook"
    SAM_ALTMAN = "Sam Altman"
    JENSEN_HUANG = "Jensen Huang"
    GILBERT_GOTTFRIED = "Gilbert Gottfried"
    JAMES_MAY = "James May"
    JEREMY_CLARKSON = "Jeremy Clarkson"
    RICHARD_HAMMOND = "Richard Hammond"
    BOB_ROSS = "Bob Ross"
    ANTHONY_BOURDAIN = "Anthony Bourdain"
    DAVID_GOGGINS = "David Goggins"
    JORDAN_PETERSON = "Jordan Peterson"
    JOE_PESCI = "Joe Pesci"
    DANNY_DE_VITO = "Danny DeVito"
    SETH_MAC_FARLANE = "Seth MacFarlane"
    PATRICK_WARBURTON = "Patrick Warburton"
    KEITH_DAVID = "Keith David"
    MARK_HAMILL = "Mark Hamill"
    LIAM_NEESON = "Liam Neeson"
    ANTONIO_BANDERAS = "Antonio Banderas"
    SOFIA_VERGARA = "Sofia Vergara"
    PENELOPE_CRUZ = "Penelope Cruz"
    GAL_GADOT = "Gal Gadot"
    CATE_BLANCHETT = "Cate Blanchett"
    VIOLA_DAVIS = "Viola Davis"
    MERYL_STREEP = "Meryl Streep"
    SANDRA_BULLOCK = "Sandra Bullock"
    REESE_WITHERSPOON = "Reese Witherspoon"
    SALMA_HAYEK = "Salma Hayek"
    LUPITA_NYONG_O = "Lupita Nyong'o"
    FLORENCE_PUGH = "Florence Pugh"
    JENNA_ORTEGA = "Jenna Ortega"
    ANA_DE_ARMAS = "Ana de Armas"
    JACOB_ELORDI = "Jacob Elordi"
    BARRY_WHITE = "Barry White"
    DOLLY_PARTON = "Dolly Parton"
    WILLIE_NELSON = "Willie Nelson"
    LIL_WAYNE = "Lil Wayne"
    VALUE_50_CENT = "50 Cent"
    ICE_CUBE = "Ice Cube"
    TUPAC_SHAKUR = "Tupac Shakur"
    NOTORIOUS_B_I_G = "Notorious B.I.G."
    BOB_DYLAN = "Bob Dylan"
    DAVID_BOWIE = "David Bowie"
    MICHAEL_JACKSON = "Michael Jackson"
    WHITNEY_HOUSTON = "Whitney Houston"
    AMY_WINEHOUSE = "Amy Winehouse"
    SZA = "SZA"
    TYLER_THE_CREATOR = "Tyler, The Creator"
    THANOS = "Thanos"
    TONY_STARK = "Tony Stark"
    CAPTAIN_JACK_SPARROW = "Captain Jack Sparrow"
    WALTER_WHITE = "Walter White"
    TOMMY_SHELBY = "Tommy Shelby"
    MICHAEL_SCOTT = "Michael Scott"
    DWIGHT_SCHRUTE = "Dwight Schrute"
    BOWSER = "Bowser"
    USAIN_BOLT = "Usain Bolt"
    TYSON_FURY = "Tyson Fury"
    DANA_WHITE = "Dana White"
    PAT_MC_AFEE = "Pat McAfee"
    GIANNIS_ANTETOKOUNMPO = "Giannis Antetokounmpo"
    LEX_FRIDMAN = "Lex Fridman"
    BEN_SHAPIRO = "Ben Shapiro"
    TUCKER_CARLSON = "Tucker Carlson"
    MARTHA_STEWART = "Martha Stewart"
    GORDON_LIGHTFOOT = "Gordon Lightfoot"
    LIZZO = "Lizzo"
    MEGAN_THEE_STALLION = "Megan Thee Stallion"
    ICE_SPICE = "Ice Spice"
    VALUE_21_SAVAGE = "21 Savage"
    METRO_BOOMIN = "Metro Boomin"
    JACK_HARLOW = "Jack Harlow"
    PESO_PLUMA = "Peso Pluma"
    BTS_JUNGKOOK = "BTS Jungkook"
    QUENTIN_TARANTINO = "Quentin Tarantino"
    WERNER_HERZOG = "Werner Herzog"
    ANDERSON_COOPER = "Anderson Cooper"
    RACHEL_MADDOW = "Rachel Maddow"
    MAHATMA_GANDHI = "Mahatma Gandhi"
    MUHAMMAD_ALI = "Muhammad Ali"
    PRINCESS_DIANA = "Princess Diana"
    NELSON_MANDELA = "Nelson Mandela"
    STEVE_IRWIN = "Steve Irwin"
    MORTY_SMITH = "Morty Smith"
    ANDREW_HUBERMAN = "Andrew Huberman"
    WILLEM_DAFOE = "Willem Dafoe"
    MIKE_ROWE = "Mike Rowe"
    TERMINATOR = "Terminator"
    DEADPOOL = "Deadpool"
    PLANKTON = "Plankton"
    MR_KRABS = "Mr. Krabs"
    PICARD = "Picard"


V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnumLiteral = typing.Literal[
    "Elon Musk",
    "Mark Zuckerberg",
    "Joe Rogan",
    "Barack Obama",
    "Morgan Freeman",
    "Kanye West",
    "Donald Trump",
    "Joe Biden",
    "Kim Kardashian",
    "Taylor Swift",
    "James Earl Jones",
    "Samuel L. Jackson",
    "Jeff Goldblum",
    "David Attenborough",
    "Sean Connery",
    "Cillian Murphy",
    "Anne Hathaway",
    "Julia Roberts",
    "Natalie Portman",
    "Steve Carell",
    "Amy Poehler",
    "Stephen Colbert",
    "Jimmy Fallon",
    "David Letterman",
    "Alex Trebek",
    "Katy Perry",
    "Prince",
    "Kevin Bacon",
    "Tom Hiddleston",
    "Adam Driver",
    "Alan Rickman",
    "Alexz Johnson",
    "Ana Gasteyer",
    "Andrew Rannells",
    "Arden Cho",
    "Bear Grylls",
    "Ben McKenzie",
    "Ben Stiller",
    "Ben Whishaw",
    "Billie Joe Armstrong",
    "Bingbing Li",
    "Booboo Stewart",
    "Bradley Steven Perry",
    "Bruno Mars",
    "Caity Lotz",
    "Cameron Boyce",
    "Candice Accola",
    "Carrie Underwood",
    "Casey Affleck",
    "Caterina Scorsone",
    "Cedric the Entertainer",
    "Chace Crawford",
    "Chadwick Boseman",
    "Charlie Day",
    "Chris Hemsworth",
    "Chris Martin",
    "Christopher Mintz-Plasse",
    "Dan Fogler",
    "Dan Stevens",
    "Daniel Dae Kim",
    "Danielle Panabaker",
    "Dave Bautista",
    "David Schwimmer",
    "Denis Leary",
    "Derek Mears",
    "Diego Luna",
    "Donald Glover",
    "Donnie Yen",
    "Doutzen Kroes",
    "Dove Cameron",
    "Dr. Dre",
    "Drake Bell",
    "Elle Fanning",
    "Ernie Hudson",
    "Fergie",
    "Forest Whitaker",
    "Francia Raisa",
    "Freddie Highmore",
    "Gillian Jacobs",
    "Gina Carano",
    "Ginnifer Goodwin",
    "Gordon Ramsay",
    "Guy Pearce",
    "Gwendoline Christie",
    "Hailee Steinfeld",
    "Howie Mandel",
    "Hugh Jackman",
    "Hugh Laurie",
    "J. K. Simmons",
    "Jack Black",
    "Jared Leto",
    "Jennifer Carpenter",
    "Kesha",
    "Kris Jenner",
    "Kristen Bell",
    "Lorde",
    "Matt Smith",
    "Marilyn Monroe",
    "Charlie Chaplin",
    "Albert Einstein",
    "Abraham Lincoln",
    "John F. Kennedy",
    "Lucille Ball",
    "A.R. Rahman",
    "Aamir Khan",
    "Ajay Devgn",
    "Akshay Kumar",
    "Alain Delon",
    "Alan Alda",
    "Alan Cumming",
    "Amitabh Bachchan",
    "Ang Lee",
    "Ansel Elgort",
    "Anthony Anderson",
    "Anthony Mackie",
    "Armie Hammer",
    "Asa Butterfield",
    "B.J. Novak",
    "Barbara Eden",
    "Betty White",
    "Bill Nighy",
    "Bill Pullman",
    "Blake Shelton",
    "Bonnie Wright",
    "Brad Paisley",
    "Brendan Gleeson",
    "Brian Cox",
    "Bruno Ganz",
    "Burt Reynolds",
    "Carrie Fisher",
    "Charles Dance",
    "Chiwetel Ejiofor",
    "Chris Pine",
    "Christina Hendricks",
    "Christina Ricci",
    "Cyndi Lauper",
    "Dakota Fanning",
    "Damian Lewis",
    "Dan Aykroyd",
    "Daniel Craig",
    "David Oyelowo",
    "David Tennant",
    "Diane Keaton",
    "Diane Kruger",
    "Dick Van Dyke",
    "Domhnall Gleeson",
    "Dominic Cooper",
    "Donald Sutherland",
    "Drew Carey",
    "Eartha Kitt",
    "Eddie Izzard",
    "Edward Asner",
    "Eli Roth",
    "Elisabeth Moss",
    "Ellen Burstyn",
    "Emile Hirsch",
    "Ezra Miller",
    "Felicity Jones",
    "Fiona Shaw",
    "Florence Henderson",
    "Freida Pinto",
    "Geena Davis",
    "Gemma Arterton",
    "Geri Halliwell",
    "Glenn Close",
    "Gloria Steinem",
    "Greta Gerwig",
    "Gugu Mbatha-Raw",
    "Hans Zimmer",
    "Harry Connick Jr.",
    "Harvey Keitel",
    "Helena Bonham Carter",
    "Henry Cavill",
    "Hilary Swank",
    "Hugh Bonneville",
    "Idina Menzel",
    "Imelda Staunton",
    "Ingrid Bergman",
    "Irrfan Khan",
    "Isla Fisher",
    "Iwan Rheon",
    "Jack Lemmon",
    "Janet Jackson",
    "Jason Bateman",
    "Jason Segel",
    "Jennifer Coolidge",
    "Johnny Galecki",
    "Jon Favreau",
    "Joseph Gordon-Levitt",
    "Josh Brolin",
    "Josh Gad",
    "Josh Groban",
    "Julia Louis-Dreyfus",
    "Kristen Stewart",
    "Kristen Wiig",
    "Rooney Mara",
    "Caitriona Balfe",
    "J.J. Abrams",
    "Zoe Saldana",
    "SpongeBob SquarePants",
    "Patrick Star",
    "Squidward Tentacles",
    "Homer Simpson",
    "Bart Simpson",
    "Peter Griffin",
    "Stewie Griffin",
    "Eric Cartman",
    "Rick Sanchez",
    "Bugs Bunny",
    "Mickey Mouse",
    "Donald Duck",
    "Shrek",
    "Donkey (Shrek)",
    "Elsa (Frozen)",
    "Woody (Toy Story)",
    "Buzz Lightyear",
    "Scooby-Doo",
    "Shaggy Rogers",
    "Bender (Futurama)",
    "Optimus Prime",
    "Batman (Animated)",
    "The Joker (Animated)",
    "Darth Vader",
    "Yoda",
    "Gollum Smeagol",
    "Gandalf",
    "Winnie the Pooh",
    "Kermit the Frog",
    "Elmo",
    "SpiderMan (Tom Holland ver.)",
    "Mario",
    "Luigi",
    "Sonic the Hedgehog",
    "Naruto Uzumaki",
    "Goku",
    "Vegeta",
    "Light Yagami",
    "Luffy (One Piece)",
    "Edward Elric",
    "Eren Jaeger",
    "Levi Ackerman",
    "Tanjiro Kamado",
    "All Might",
    "GLaDOS",
    "Master Chief",
    "Kratos",
    "Arthur Morgan",
    "Geralt of Rivia",
    "Dwayne 'The Rock' Johnson",
    "LeBron James",
    "Shaquille O'Neal",
    "Conor McGregor",
    "Mike Tyson",
    "Kobe Bryant",
    "Floyd Mayweather",
    "Cristiano Ronaldo",
    "Lionel Messi",
    "Serena Williams",
    "Tom Brady",
    "Stephen Curry",
    "John Cena",
    "Hulk Hogan",
    "Stone Cold Steve Austin",
    "The Undertaker",
    "Nate Diaz",
    "Charles Barkley",
    "Shannon Sharpe",
    "Drake",
    "Beyonce",
    "Rihanna",
    "Eminem",
    "Snoop Dogg",
    "Jay-Z",
    "Ed Sheeran",
    "Billie Eilish",
    "Ariana Grande",
    "Adele",
    "Post Malone",
    "Travis Scott",
    "Nicki Minaj",
    "Cardi B",
    "Doja Cat",
    "Bad Bunny",
    "Shakira",
    "Justin Bieber",
    "Sabrina Carpenter",
    "Chappell Roan",
    "Dua Lipa",
    "The Weeknd",
    "Miley Cyrus",
    "Lady Gaga",
    "Kendrick Lamar",
    "Ozzy Osbourne",
    "Freddie Mercury",
    "Elvis Presley",
    "Bob Marley",
    "Frank Sinatra",
    "MrBeast",
    "PewDiePie",
    "Kai Cenat",
    "IShowSpeed",
    "Markiplier",
    "Jacksepticeye",
    "KSI",
    "Logan Paul",
    "Jake Paul",
    "Dream (Minecraft)",
    "Corpse Husband",
    "xQc",
    "Pokimane",
    "Valkyrae",
    "Ninja",
    "Joe Scott",
    "Linus (LTT)",
    "Ryan Reynolds",
    "Tom Hanks",
    "Robert Downey Jr.",
    "Will Smith",
    "Denzel Washington",
    "Leonardo DiCaprio",
    "Brad Pitt",
    "Keanu Reeves",
    "Nicolas Cage",
    "Al Pacino",
    "Robert De Niro",
    "Arnold Schwarzenegger",
    "Sylvester Stallone",
    "Vin Diesel",
    "Jason Statham",
    "Tom Cruise",
    "Johnny Depp",
    "Scarlett Johansson",
    "Angelina Jolie",
    "Jennifer Aniston",
    "Emma Watson",
    "Margot Robbie",
    "Sydney Sweeney",
    "Zendaya",
    "Timothee Chalamet",
    "Pedro Pascal",
    "Oscar Isaac",
    "Benedict Cumberbatch",
    "Ian McKellen",
    "Patrick Stewart",
    "Christopher Walken",
    "Matthew McConaughey",
    "Harrison Ford",
    "Mark Wahlberg",
    "Owen Wilson",
    "Seth Rogen",
    "Kevin Hart",
    "Adam Sandler",
    "Jim Carrey",
    "Eddie Murphy",
    "Robin Williams",
    "Will Ferrell",
    "Melissa McCarthy",
    "Awkwafina",
    "Jason Momoa",
    "Idris Elba",
    "Tom Hardy",
    "Michael B. Jordan",
    "Austin Butler",
    "Glen Powell",
    "Paul Giamatti",
    "Bryan Cranston",
    "Bob Odenkirk",
    "Vladimir Putin",
    "Queen Elizabeth II",
    "Winston Churchill",
    "Martin Luther King Jr.",
    "Kamala Harris",
    "Bernie Sanders",
    "Alexandria Ocasio-Cortez",
    "Narendra Modi",
    "Oprah Winfrey",
    "Ellen DeGeneres",
    "Dr. Phil",
    "Steve Harvey",
    "Trevor Noah",
    "John Oliver",
    "James Corden",
    "Ryan Seacrest",
    "Howard Stern",
    "Conan O'Brien",
    "Seth Meyers",
    "Bill Nye",
    "Neil deGrasse Tyson",
    "Guy Fieri",
    "Dave Chappelle",
    "Chris Rock",
    "Jerry Seinfeld",
    "Ali Wong",
    "John Mulaney",
    "Hasan Minhaj",
    "Nikki Glaser",
    "Matt Rife",
    "Gabriel Iglesias",
    "Bo Burnham",
    "Jeff Bezos",
    "Bill Gates",
    "Steve Jobs",
    "Tim Cook",
    "Sam Altman",
    "Jensen Huang",
    "Gilbert Gottfried",
    "James May",
    "Jeremy Clarkson",
    "Richard Hammond",
    "Bob Ross",
    "Anthony Bourdain",
    "David Goggins",
    "Jordan Peterson",
    "Joe Pesci",
    "Danny DeVito",
    "Seth MacFarlane",
    "Patrick Warburton",
    "Keith David",
    "Mark Hamill",
    "Liam Neeson",
    "Antonio Banderas",
    "Sofia Vergara",
    "Penelope Cruz",
    "Gal Gadot",
    "Cate Blanchett",
    "Viola Davis",
    "Meryl Streep",
    "Sandra Bullock",
    "Reese Witherspoon",
    "Salma Hayek",
    "Lupita Nyong'o",
    "Florence Pugh",
    "Jenna Ortega",
    "Ana de Armas",
    "Jacob Elordi",
    "Barry White",
    "Dolly Parton",
    "Willie Nelson",
    "Lil Wayne",
    "50 Cent",
    "Ice Cube",
    "Tupac Shakur",
    "Notorious B.I.G.",
    "Bob Dylan",
    "David Bowie",
    "Michael Jackson",
    "Whitney Houston",
    "Amy Winehouse",
    "SZA",
    "Tyler, The Creator",
    "Thanos",
    "Tony Stark",
    "Captain Jack Sparrow",
    "Walter White",
    "Tommy Shelby",
    "Michael Scott",
    "Dwight Schrute",
    "Bowser",
    "Usain Bolt",
    "Tyson Fury",
    "Dana White",
    "Pat McAfee",
    "Giannis Antetokounmpo",
    "Lex Fridman",
    "Ben Shapiro",
    "Tucker Carlson",
    "Martha Stewart",
    "Gordon Lightfoot",
    "Lizzo",
    "Megan Thee Stallion",
    "Ice Spice",
    "21 Savage",
    "Metro Boomin",
    "Jack Harlow",
    "Peso Pluma",
    "BTS Jungkook",
    "Quentin Tarantino",
    "Werner Herzog",
    "Anderson Cooper",
    "Rachel Maddow",
    "Mahatma Gandhi",
    "Muhammad Ali",
    "Princess Diana",
    "Nelson Mandela",
    "Steve Irwin",
    "Morty Smith",
    "Andrew Huberman",
    "Willem Dafoe",
    "Mike Rowe",
    "Terminator",
    "Deadpool",
    "Plankton",
    "Mr. Krabs",
    "Picard",
]
"""The values of `V1AiVoiceGeneratorCreateBodyStyleVoiceNameEnum` as plain strings: what request parameters accept."""
