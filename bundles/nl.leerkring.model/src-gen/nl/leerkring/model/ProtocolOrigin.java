/**
 */
package nl.leerkring.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Protocol Origin</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see nl.leerkring.model.LeerkringPackage#getProtocolOrigin()
 * @model
 * @generated
 */
public enum ProtocolOrigin implements Enumerator {
	/**
	 * The '<em><b>SOURCES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps are described in the source documents (the seeds).
	 * <!-- end-model-doc -->
	 * @see #SOURCES_VALUE
	 * @generated
	 * @ordered
	 */
	SOURCES(0, "SOURCES", "SOURCES"),

	/**
	 * The '<em><b>LITERATURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps come from the published literature named in the reference.
	 * <!-- end-model-doc -->
	 * @see #LITERATURE_VALUE
	 * @generated
	 * @ordered
	 */
	LITERATURE(1, "LITERATURE", "LITERATURE"),

	/**
	 * The '<em><b>INFERRED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A starting point built from named but undescribed forms; to be checked with facilitators.
	 * <!-- end-model-doc -->
	 * @see #INFERRED_VALUE
	 * @generated
	 * @ordered
	 */
	INFERRED(2, "INFERRED", "INFERRED");

	/**
	 * The '<em><b>SOURCES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps are described in the source documents (the seeds).
	 * <!-- end-model-doc -->
	 * @see #SOURCES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOURCES_VALUE = 0;

	/**
	 * The '<em><b>LITERATURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps come from the published literature named in the reference.
	 * <!-- end-model-doc -->
	 * @see #LITERATURE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LITERATURE_VALUE = 1;

	/**
	 * The '<em><b>INFERRED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A starting point built from named but undescribed forms; to be checked with facilitators.
	 * <!-- end-model-doc -->
	 * @see #INFERRED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INFERRED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Protocol Origin</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ProtocolOrigin[] VALUES_ARRAY =
		new ProtocolOrigin[] {
			SOURCES,
			LITERATURE,
			INFERRED,
		};

	/**
	 * A public read-only list of all the '<em><b>Protocol Origin</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ProtocolOrigin> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Protocol Origin</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolOrigin get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProtocolOrigin result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol Origin</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolOrigin getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ProtocolOrigin result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Protocol Origin</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ProtocolOrigin get(int value) {
		switch (value) {
			case SOURCES_VALUE: return SOURCES;
			case LITERATURE_VALUE: return LITERATURE;
			case INFERRED_VALUE: return INFERRED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ProtocolOrigin(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ProtocolOrigin
