/**
 */
package nl.leerkring.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A learning method as data: phases of ordered steps, the roles it knows and the kinds of items its steps collect.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leerkring.model.Protocol#getId <em>Id</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getVersion <em>Version</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getFamily <em>Family</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getName <em>Name</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getReference <em>Reference</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getRoles <em>Roles</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getItemKinds <em>Item Kinds</em>}</li>
 *   <li>{@link nl.leerkring.model.Protocol#getPhases <em>Phases</em>}</li>
 * </ul>
 *
 * @see nl.leerkring.model.LeerkringPackage#getProtocol()
 * @model
 * @generated
 */
public interface Protocol extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Id()
	 * @model required="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(int)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Version()
	 * @model default="1"
	 * @generated
	 */
	int getVersion();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(int value);

	/**
	 * Returns the value of the '<em><b>Family</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leerkring.model.MethodFamily}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family</em>' attribute.
	 * @see nl.leerkring.model.MethodFamily
	 * @see #setFamily(MethodFamily)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Family()
	 * @model
	 * @generated
	 */
	MethodFamily getFamily();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getFamily <em>Family</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family</em>' attribute.
	 * @see nl.leerkring.model.MethodFamily
	 * @see #getFamily()
	 * @generated
	 */
	void setFamily(MethodFamily value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' containment reference.
	 * @see #setName(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Name()
	 * @model containment="true" required="true"
	 * @generated
	 */
	LocalizedText getName();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getName <em>Name</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' containment reference.
	 * @see #getName()
	 * @generated
	 */
	void setName(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' containment reference.
	 * @see #setDescription(LocalizedText)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Description()
	 * @model containment="true"
	 * @generated
	 */
	LocalizedText getDescription();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getDescription <em>Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' containment reference.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(LocalizedText value);

	/**
	 * Returns the value of the '<em><b>Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the method comes from (source document or literature).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reference</em>' attribute.
	 * @see #setReference(String)
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Reference()
	 * @model
	 * @generated
	 */
	String getReference();

	/**
	 * Sets the value of the '{@link nl.leerkring.model.Protocol#getReference <em>Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference</em>' attribute.
	 * @see #getReference()
	 * @generated
	 */
	void setReference(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Roles()
	 * @model containment="true"
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Item Kinds</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Kinds</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_ItemKinds()
	 * @model containment="true"
	 * @generated
	 */
	EList<ItemKind> getItemKinds();

	/**
	 * Returns the value of the '<em><b>Phases</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leerkring.model.Phase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phases</em>' containment reference list.
	 * @see nl.leerkring.model.LeerkringPackage#getProtocol_Phases()
	 * @model containment="true"
	 * @generated
	 */
	EList<Phase> getPhases();

} // Protocol
